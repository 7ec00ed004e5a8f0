package uk.csit.tracker.inspection.service;

import uk.csit.tracker.inspection.rest.dto.InspectionDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.csit.tracker.inspection.domain.Finding;
import uk.csit.tracker.inspection.domain.FindingStatusChange;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.Inspection;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.domain.RecommendationStatus;
import uk.csit.tracker.inspection.mapping.InspectionMapper;
import uk.csit.tracker.inspection.rest.dto.FindingDto;
import uk.csit.tracker.inspection.rest.dto.StatusChangeRequest;
import uk.csit.tracker.inspection.rest.dto.StatusChangeResponse;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.paging.SortOrder;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContext;

/** Findings of inspections, and the status of recommendations with its kept history. */
@ApplicationScoped
public class FindingService {

    public static final String FINDINGS = "findings";

    private static final Map<String, String> SORTS = new LinkedHashMap<>(Map.of(
            "ref", "f.ref", "inspectionDate", "i.startDate", "statusDate", "f.statusDate"));

    @Inject
    EntityManager em;

    @Inject
    InspectionService inspections;

    @Inject
    ChangeRecorder changes;

    @Inject
    RequestContext request;

    /** Filters for the finding list; any may be null. */
    public record Filter(FindingType type, RecommendationStatus status, JudgementArea area,
            InspectionType inspectionType, String inspectionRef) {
    }

    @Transactional
    public FindingDto create(String inspectionRef, FindingDto body) {
        Inspection inspection = inspections.lock(inspectionRef);
        if (Finding.count("ref", body.ref()) > 0) {
            throw ProblemException.conflict("A finding with ref '" + body.ref() + "' already exists.");
        }
        if (body.area() != null && !body.area().validOn(inspection.judgedOn())) {
            throw ProblemException.unprocessable("area", body.area() + " is " + body.area().validity()
                    + ", and this inspection is dated " + inspection.judgedOn() + ".");
        }
        InspectionDto inspectionBefore = inspections.toResponse(inspection);
        Finding finding = new Finding();
        finding.ref = body.ref();
        finding.inspectionId = inspection.id;
        finding.type = body.type();
        finding.text = body.text();
        finding.textPending = Boolean.TRUE.equals(body.textPending());
        finding.area = body.area();
        finding.source = body.source();
        if (body.type() == FindingType.RECOMMENDATION) {
            finding.status = RecommendationStatus.OPEN;
            finding.statusDate = inspection.publishedDate != null ? inspection.publishedDate : inspection.judgedOn();
        }
        finding.persistAndFlush();
        FindingDto response = InspectionMapper.toResponse(finding, inspection, null);
        changes.created(FINDINGS, finding.ref, response);
        InspectionDto inspectionAfter = inspections.toResponse(inspection);
        if (!inspectionAfter.equals(inspectionBefore)) {
            // An area for priority action brings the action plan's draft deadline: the inspection changed with it.
            changes.updated(InspectionService.INSPECTIONS, inspection.ref, inspectionBefore, inspectionAfter);
        }
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FindingDto> list(Filter filter, String sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where i.id = f.inspectionId");
        Map<String, Object> params = new HashMap<>();
        if (filter.type() != null) {
            where.append(" and f.type = :type");
            params.put("type", filter.type());
        }
        if (filter.status() != null) {
            where.append(" and f.status = :status");
            params.put("status", filter.status());
        }
        if (filter.area() != null) {
            where.append(" and f.area = :area");
            params.put("area", filter.area());
        }
        if (filter.inspectionType() != null) {
            where.append(" and i.type = :inspectionType");
            params.put("inspectionType", filter.inspectionType());
        }
        if (filter.inspectionRef() != null) {
            where.append(" and i.ref = :inspectionRef");
            params.put("inspectionRef", filter.inspectionRef());
        }
        String order = SortOrder.parse(sort, SORTS, "-inspectionDate,ref").thenBy("f.ref").toOrderBy();
        var count = em.createQuery("select count(f) from Finding f, Inspection i" + where, Long.class);
        var select = em.createQuery("select f, i from Finding f, Inspection i" + where + " order by " + order,
                Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<FindingDto> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream()
                .map(row -> InspectionMapper.toResponse((Finding) row[0], (Inspection) row[1], null)).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FindingDto> find(String ref) {
        return Finding.<Finding>find("ref", ref).firstResultOptional().map(this::withHistory);
    }

    /**
     * Corrects a finding's words, area or source, for example entering a recommendation's wording
     * from the published report. Its ref, type and inspection never change; its status changes only
     * through a status change, which is kept.
     */
    @Transactional
    public FindingDto update(String ref, String ifMatch, FindingDto body) {
        if (!ref.equals(body.ref())) {
            throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
        }
        Finding finding = Finding.<Finding>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("finding", ref));
        Preconditions.requireIfMatch(ifMatch, finding.version);
        if (finding.type != body.type()) {
            throw ProblemException.conflict("A finding's type does not change (" + ref + " is a " + finding.type
                    + "); record a new finding instead.");
        }
        Inspection inspection = Inspection.findById(finding.inspectionId);
        if (body.area() != null && !body.area().validOn(inspection.judgedOn())) {
            throw ProblemException.unprocessable("area", body.area() + " is " + body.area().validity()
                    + ", and this inspection is dated " + inspection.judgedOn() + ".");
        }
        FindingDto before = withHistory(finding);
        finding.text = body.text();
        finding.textPending = Boolean.TRUE.equals(body.textPending());
        finding.area = body.area();
        finding.source = body.source();
        em.flush();
        FindingDto after = withHistory(finding);
        changes.updated(FINDINGS, ref, before, after);
        return after;
    }

    @Transactional
    public FindingDto changeStatus(String ref, String ifMatch, StatusChangeRequest change) {
        Finding finding = Finding.<Finding>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("finding", ref));
        Preconditions.requireIfMatch(ifMatch, finding.version);
        if (finding.type != FindingType.RECOMMENDATION) {
            throw ProblemException.conflict("Only recommendations have a status; '" + ref + "' is a " + finding.type + ".");
        }
        if (!finding.status.allowedNext().contains(change.status())) {
            throw ProblemException.conflict("A recommendation that is " + finding.status + " cannot become "
                    + change.status() + "; from " + finding.status + " it can become " + finding.status.allowedNext() + ".");
        }
        if (finding.statusDate != null && change.date().isBefore(finding.statusDate)) {
            throw ProblemException.unprocessable("date", "must not be before the current status's date, " + finding.statusDate);
        }
        FindingDto before = withHistory(finding);
        FindingStatusChange record = new FindingStatusChange();
        record.findingId = finding.id;
        record.fromStatus = finding.status;
        record.toStatus = change.status();
        record.changedOn = change.date();
        record.evidenceNote = change.evidenceNote();
        record.changedBy = request.actor();
        record.persist();
        finding.status = change.status();
        finding.statusDate = change.date();
        finding.statusEvidence = change.evidenceNote();
        em.flush();
        em.refresh(record);
        FindingDto after = withHistory(finding);
        changes.updated(FINDINGS, ref, before, after);
        return after;
    }

    FindingDto withHistory(Finding finding) {
        Inspection inspection = Inspection.findById(finding.inspectionId);
        List<StatusChangeResponse> history = finding.type != FindingType.RECOMMENDATION ? null
                : FindingStatusChange.<FindingStatusChange>list("findingId = ?1 order by id", finding.id).stream()
                        .map(InspectionMapper::toResponse).toList();
        return InspectionMapper.toResponse(finding, inspection, history);
    }
}
