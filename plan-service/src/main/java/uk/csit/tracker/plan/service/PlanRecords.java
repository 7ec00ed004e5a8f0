package uk.csit.tracker.plan.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.kit.data.changes.RecordCatalogue;
import uk.csit.tracker.plan.domain.Action;
import uk.csit.tracker.plan.domain.Board;
import uk.csit.tracker.plan.domain.BoardMeeting;
import uk.csit.tracker.plan.domain.ImprovementPlan;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiPublishedSource;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.domain.Milestone;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.domain.Programme;
import uk.csit.tracker.plan.domain.ProgressUpdate;
import uk.csit.tracker.plan.mapping.ActionMapper;
import uk.csit.tracker.plan.mapping.BoardMapper;
import uk.csit.tracker.plan.mapping.KpiMapper;
import uk.csit.tracker.plan.mapping.PlanMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.MilestoneResponse;

/**
 * Everything plan-service holds, collection by collection, as its API shows each record and under the ref its change
 * feed records it by: what a seed's records are given their CREATE from.
 */
@ApplicationScoped
public class PlanRecords implements RecordCatalogue {

    @Inject
    PlanService plans;

    @Inject
    ActionSearch search;

    @Inject
    KpiService kpis;

    @Override
    public List<Collection> collections() {
        return List.of(
                new Collection(ProgrammeService.PROGRAMMES, () -> Programme.<Programme>listAll(Sort.by("ref")).stream()
                        .map(p -> new Entry(p.ref, PlanMapper.toResponse(p))).toList()),
                new Collection(PlanService.PLANS, () -> ImprovementPlan.<ImprovementPlan>listAll(Sort.by("ref")).stream()
                        .map(p -> new Entry(p.ref, plans.toResponse(p))).toList()),
                new Collection(PlanService.PRIORITIES, () -> Priority.<Priority>listAll(Sort.by("ref")).stream()
                        .map(p -> new Entry(p.ref, plans.toResponse(p))).toList()),
                new Collection(ActionService.ACTIONS, () -> search.all(new ActionSearch.Filter(null, null, null, null,
                        null, null, null), "ref", null).stream().map(a -> new Entry(a.ref(), a)).toList()),
                new Collection(ActionService.PROGRESS_UPDATES, () -> {
                    Map<Long, String> refs = actionRefs();
                    return ProgressUpdate.<ProgressUpdate>listAll(Sort.by("id")).stream()
                            .map(u -> new Entry(refs.get(u.actionId) + "/" + u.id,
                                    ActionMapper.toResponse(u, refs.get(u.actionId)))).toList();
                }),
                new Collection("milestones", () -> {
                    Map<Long, String> refs = actionRefs();
                    return Milestone.<Milestone>listAll(Sort.by("id")).stream()
                            .map(m -> new Entry(refs.get(m.actionId) + "/" + m.id, new MilestoneResponse(m.id,
                                    refs.get(m.actionId), m.title, m.dueDate, m.completedDate))).toList();
                }),
                new Collection(BoardService.BOARDS, () -> Board.<Board>listAll(Sort.by("ref")).stream()
                        .map(b -> new Entry(b.ref, BoardMapper.toResponse(b))).toList()),
                new Collection("board-meetings", () -> BoardMeeting.<BoardMeeting>listAll(Sort.by("ref")).stream()
                        .map(m -> new Entry(m.ref, BoardMapper.toResponse(m, Board.findById(m.boardId)))).toList()),
                new Collection(KpiService.KPIS, () -> Kpi.<Kpi>listAll(Sort.by("code")).stream()
                        .map(k -> new Entry(k.code, kpis.toResponse(k))).toList()),
                new Collection("kpi-values", () -> KpiValue.<KpiValue>listAll(Sort.by("id")).stream().map(v -> {
                    Kpi kpi = Kpi.findById(v.kpiId);
                    return new Entry(KpiMapper.ref(v, kpi), KpiMapper.toResponse(v, kpi));
                }).toList()),
                new Collection(KpiService.PUBLISHED_SOURCES, () -> KpiPublishedSource.<KpiPublishedSource>listAll(
                        Sort.by("kpiId")).stream().map(s -> new Entry(Kpi.<Kpi>findById(s.kpiId).code,
                                KpiMapper.toDto(s))).toList()));
    }

    private static Map<Long, String> actionRefs() {
        Map<Long, String> refs = new HashMap<>();
        Action.<Action>listAll().forEach(a -> refs.put(a.id, a.ref));
        return refs;
    }
}
