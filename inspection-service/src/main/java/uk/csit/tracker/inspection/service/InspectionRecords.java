package uk.csit.tracker.inspection.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.csit.tracker.inspection.domain.DfeReview;
import uk.csit.tracker.inspection.domain.Finding;
import uk.csit.tracker.inspection.domain.Inspection;
import uk.csit.tracker.inspection.domain.Intervention;
import uk.csit.tracker.inspection.domain.Judgement;
import uk.csit.tracker.inspection.mapping.InspectionMapper;
import uk.csit.tracker.kit.data.changes.RecordCatalogue;

/**
 * Everything inspection-service holds, collection by collection, as its API shows each record (a finding with its
 * status history, as the single read shows it) and under the ref its change feed records it by: what a seed's
 * records are given their CREATE from.
 */
@ApplicationScoped
public class InspectionRecords implements RecordCatalogue {

    @Inject
    InspectionService inspections;

    @Inject
    FindingService findings;

    @Inject
    InterventionService interventions;

    @Override
    public List<Collection> collections() {
        return List.of(
                new Collection(InspectionService.INSPECTIONS, () -> Inspection.<Inspection>listAll(Sort.by("ref"))
                        .stream().map(i -> new Entry(i.ref, inspections.toResponse(i))).toList()),
                new Collection("judgements", () -> Judgement.<Judgement>listAll(Sort.by("id")).stream().map(j -> {
                    Inspection inspection = Inspection.findById(j.inspectionId);
                    return new Entry(inspection.ref + "/" + j.area, InspectionMapper.toResponse(j, inspection));
                }).toList()),
                new Collection(FindingService.FINDINGS, () -> Finding.<Finding>listAll(Sort.by("ref")).stream()
                        .map(f -> new Entry(f.ref, findings.withHistory(f))).toList()),
                new Collection(InterventionService.INTERVENTIONS, () -> Intervention.<Intervention>listAll(Sort.by("ref"))
                        .stream().map(i -> new Entry(i.ref, interventions.toResponse(i))).toList()),
                new Collection(InterventionService.REVIEWS, () -> DfeReview.<DfeReview>listAll(Sort.by("ref")).stream()
                        .map(r -> new Entry(r.ref, InspectionMapper.toResponse(r,
                                Intervention.<Intervention>findById(r.interventionId).ref))).toList()));
    }
}
