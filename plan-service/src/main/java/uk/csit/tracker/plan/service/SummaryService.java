package uk.csit.tracker.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.csit.tracker.kit.data.ReadCache;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.ImprovementPlan;
import uk.csit.tracker.plan.domain.PlanStatus;
import uk.csit.tracker.plan.domain.Programme;
import uk.csit.tracker.plan.domain.ProgrammeKind;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiHeadline;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PlanHeadline;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PlanSummary;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityRollup;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgrammeRollup;
import uk.csit.tracker.plan.rest.dto.PlanDtos.RecommendationRollup;
import uk.csit.tracker.plan.rest.dto.PlanDtos.TimelineEntry;

/**
 * Over 300 lines: the summary's SQL, now and as at a day, beside the code that binds and reads it.
 *
 * The plan summary and timeline. Every count is a SQL aggregate over the actions with their
 * effective RAG: its cost grows with the number of priorities and recommendations, not actions.
 */
@ApplicationScoped
public class SummaryService {

    /** Each action with the RAG in force (override, else derived) on day ?1 and whether it is overdue then. */
    private static final String ACTIONS = """
            (select a.id, a.priority_id, a.status,
                    coalesce(a.rag_override, plan_derived_rag(a.status, a.percent_complete, a.start_date, a.due_date,
                             cast(?1 as date))) as rag,
                    (a.due_date < cast(?1 as date) and a.status <> 'COMPLETE') as overdue
               from %s a) x
            """;

    /** The actions as they are. */
    private static final String ACTIONS_NOW = "action";

    /**
     * The actions as they were at cutoff ?2, rebuilt from history: an action changed since is taken as
     * it was before its first change after the cutoff, and left out when that change created it.
     */
    private static final String ACTIONS_THEN = """
            (with changed as %s
             select a.id, a.priority_id, a.status, a.percent_complete, a.start_date, a.due_date, a.rag_override
               from action a where a.ref not in (select c.ref from changed c)
             union all
             select a.id, p.id, c.then ->> 'status', cast(c.then ->> 'percentComplete' as numeric),
                    cast(c.then ->> 'startDate' as date), cast(c.then ->> 'dueDate' as date), c.then ->> 'ragOverride'
               from changed c join action a on a.ref = c.ref join priority p on p.ref = c.then ->> 'priorityRef'
              where c.then is not null)""".formatted(AsOf.changedSince(ActionService.ACTIONS, 2));

    /** The most priorities a summary lists: a status must stay the same size however large the plan grows. */
    static final int LISTED_PRIORITIES = 50;

    /** From RED, the most in need, to COMPLETE; a priority with no actions yet (no roll-up) comes before GREEN. */
    private static final List<Rag> NEED = Arrays.asList(Rag.RED, Rag.AMBER, Rag.NOT_ASSESSED, null, Rag.GREEN,
            Rag.COMPLETE);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReadCache readCache;

    @Inject
    ObjectMapper json;

    @Inject
    KpiHeadlines kpiHeadlines;

    public PlanSummary summary() {
        return summary(null);
    }

    /** Today's summary as the JSON it is sent as, kept by the read cache, so that it is not written out per request. */
    public byte[] summaryJson() {
        return readCache.get("plan-summary-json", () -> {
            try {
                return json.writeValueAsBytes(read(null, null));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The plan summary could not be written as JSON", e);
            }
        });
    }

    /**
     * The summary now, or as at the end of a day: then actions are rebuilt from history (see
     * ACTIONS_THEN) and their RAG and overdue worked out on that day, the plan is the one approved by
     * then, and each KPI's latest value is the latest of a period ended by then.
     */
    public PlanSummary summary(AsOf asOf) {
        // Today's summary is kept by the read cache: the gateway's status and dashboards ask for it again and again.
        return asOf == null ? readCache.get("plan-summary", () -> read(null, null)) : read(asOf, null);
    }

    /** One programme's summary (its plan, priorities, actions and the recommendations they answer), now or as at a day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanSummary> summary(AsOf asOf, String programmeRef) {
        return Programme.<Programme>find("ref", programmeRef).firstResultOptional().map(p -> read(asOf, p));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    PlanSummary read(AsOf asOf, Programme only) {
        Date today = Date.valueOf(asOf == null ? LocalDate.now(clock) : asOf.date());
        String actions = ACTIONS.formatted(asOf == null ? ACTIONS_NOW : ACTIONS_THEN);
        Long programmeId = only == null ? null : only.id;

        // One pass over the actions (each one's RAG is worked out once): counts by priority, status and RAG.
        Map<ActionStatus, Long> byStatus = zeros(ActionStatus.class);
        Map<Rag, Long> byRag = zeros(Rag.class);
        long total = 0;
        long overdue = 0;
        Map<Long, Counts> byPriority = new HashMap<>();
        for (Object[] row : (List<Object[]>) bound(em.createNativeQuery("select x.priority_id, x.status, x.rag,"
                + " count(*), count(*) filter (where x.overdue) from " + actions
                // An id read from the database, not a caller's text.
                + (programmeId == null ? "" : " where x.priority_id in (select p.id from priority p"
                        + " where p.programme_id = " + programmeId + ")")
                + " group by 1, 2, 3"), today, asOf).getResultList()) {
            Rag rag = Rag.valueOf((String) row[2]);
            long count = ((Number) row[3]).longValue();
            long late = ((Number) row[4]).longValue();
            byStatus.merge(ActionStatus.valueOf((String) row[1]), count, Long::sum);
            byRag.merge(rag, count, Long::sum);
            total += count;
            overdue += late;
            byPriority.computeIfAbsent(((Number) row[0]).longValue(), id -> new Counts()).add(rag, count, late);
        }

        Map<Long, ProgrammeAcc> programmes = new LinkedHashMap<>();
        for (Programme programme : only != null ? List.of(only)
                : Programme.<Programme>listAll(io.quarkus.panache.common.Sort.by("ref"))) {
            programmes.put(programme.id, new ProgrammeAcc(programme));
        }
        // Newest first: each programme's plan is the first of its own, and the summary's the first of a programme
        // asked for, else of one answering an inspection.
        ImprovementPlan newest = null;
        for (ImprovementPlan approved : approvedPlans(asOf)) {
            ProgrammeAcc programme = programmes.get(approved.programmeId);
            if (programme != null && programme.plan == null) {
                programme.plan = approved;
            }
            if (newest == null && programme != null
                    && (only != null || programme.programme.kind == ProgrammeKind.INSPECTION_IMPROVEMENT)) {
                newest = approved;
            }
        }

        Map<Long, PriorityAcc> priorities = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                select p.id, p.ref, p.title,
                       (select string_agg(r.recommendation_ref, ',' order by r.recommendation_ref)
                          from priority_recommendation r where r.priority_id = p.id),
                       p.programme_id
                  from priority p where cast(?1 as bigint) is null or p.programme_id = cast(?1 as bigint)
                 order by p.ref""").setParameter(1, programmeId).getResultList()) {
            long id = ((Number) row[0]).longValue();
            ProgrammeAcc programme = programmes.get(((Number) row[4]).longValue());
            PriorityAcc acc = new PriorityAcc((String) row[1], programme.programme.ref, (String) row[2],
                    split((String) row[3]));
            acc.add(byPriority.get(id));
            priorities.put(id, acc);
            programme.add(byPriority.get(id));
            programme.prioritiesTotal++;
        }

        // A recommendation's roll-up is that of every priority answering it.
        Map<String, RecommendationAcc> recommendations = new TreeMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                select r.recommendation_ref, r.priority_id from priority_recommendation r""").getResultList()) {
            PriorityAcc priority = priorities.get(((Number) row[1]).longValue());
            if (priority == null) {
                continue; // another programme's
            }
            RecommendationAcc acc = recommendations.computeIfAbsent((String) row[0], RecommendationAcc::new);
            acc.priorityRefs.add(priority.ref);
            acc.add(byPriority.get(((Number) row[1]).longValue()));
        }
        recommendations.values().forEach(r -> r.priorityRefs.sort(null));

        PlanHeadline plan = newest == null ? null : headline(newest);

        List<KpiHeadline> kpis = kpiHeadlines.read(asOf == null ? null : today.toLocalDate());
        List<PriorityRollup> rollups = priorities.values().stream().map(PriorityAcc::toRollup).toList();
        return new PlanSummary(clock.instant(), plan, total, byStatus, byRag, overdue,
                mostInNeed(rollups, LISTED_PRIORITIES), rollups.size(),
                recommendations.values().stream().map(RecommendationAcc::toRollup).toList(), kpis,
                asOf == null ? null : asOf.date(),
                programmes.values().stream().map(ProgrammeAcc::toRollup).toList());
    }

    /** The approved plans, newest first; as at a day, those approved by then. */
    private static List<ImprovementPlan> approvedPlans(AsOf asOf) {
        return asOf == null
                ? ImprovementPlan.<ImprovementPlan>list("status = ?1 order by approvedDate desc nulls last, id desc",
                        PlanStatus.APPROVED)
                : ImprovementPlan.<ImprovementPlan>list("status = ?1 and approvedDate <= ?2"
                        + " order by approvedDate desc, id desc", PlanStatus.APPROVED, asOf.date());
    }

    private static PlanHeadline headline(ImprovementPlan p) {
        return new PlanHeadline(p.ref, p.title, p.status, p.approvedDate);
    }

    /**
     * All of them when there are at most {@code limit}, else the {@code limit} most in need (see
     * {@link #NEED}; the most overdue first among equals), in ref order either way.
     */
    static List<PriorityRollup> mostInNeed(List<PriorityRollup> rollups, int limit) {
        if (rollups.size() <= limit) {
            return rollups;
        }
        return rollups.stream()
                .sorted(Comparator.comparingInt(SummaryService::need)
                        .thenComparing(Comparator.comparingLong(PriorityRollup::overdue).reversed())
                        .thenComparing(PriorityRollup::ref))
                .limit(limit)
                .sorted(Comparator.comparing(PriorityRollup::ref))
                .toList();
    }

    private static int need(PriorityRollup rollup) {
        return NEED.indexOf(rollup.rag());
    }

    /** Binds the day (?1) and, as at a day, the history cutoff (?2). */
    private static jakarta.persistence.Query bound(jakarta.persistence.Query query, Date day, AsOf asOf) {
        query.setParameter(1, day);
        if (asOf != null) {
            query.setParameter(2, java.sql.Timestamp.from(asOf.cutoff()));
        }
        return query;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<TimelineEntry> timeline(LocalDate from, LocalDate to, PageRequest page) {
        String events = """
                select m.meeting_date as date, 'BOARD_MEETING' as type, m.ref, b.name as title, m.decisions as summary
                  from board_meeting m join board b on b.id = m.board_id
                union all
                select ms.due_date, 'MILESTONE', a.ref, ms.title,
                       case when ms.completed_date is null then 'Due' else 'Completed ' || ms.completed_date end
                  from milestone ms join action a on a.id = ms.action_id
                union all
                select p.approved_date, 'PLAN_APPROVED', p.ref, p.title, 'Approved by ' || coalesce(p.approved_by, 'unknown')
                  from improvement_plan p where p.approved_date is not null
                """;
        String where = " where (cast(?1 as date) is null or e.date >= cast(?1 as date))"
                + " and (cast(?2 as date) is null or e.date <= cast(?2 as date))";
        Date fromDate = from == null ? null : Date.valueOf(from);
        Date toDate = to == null ? null : Date.valueOf(to);
        long total = ((Number) em.createNativeQuery("select count(*) from (" + events + ") e" + where)
                .setParameter(1, fromDate).setParameter(2, toDate).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("select e.date, e.type, e.ref, e.title, e.summary from (" + events
                        + ") e" + where + " order by e.date, e.type, e.ref limit ?3 offset ?4")
                .setParameter(1, fromDate).setParameter(2, toDate).setParameter(3, page.size())
                .setParameter(4, page.offset()).getResultList();
        List<TimelineEntry> items = rows.stream().map(r -> new TimelineEntry(r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4])).toList();
        return Page.of(items, page, total);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0L);
        }
        return map;
    }

    /** Worst of the actions (RED, then AMBER, then GREEN; NOT_ASSESSED counts as neither), COMPLETE when all are. */
    static Rag rollup(Map<Rag, Long> byRag, long total) {
        if (total == 0) {
            return null;
        }
        for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN)) {
            if (byRag.get(rag) > 0) {
                return rag;
            }
        }
        return byRag.get(Rag.COMPLETE) == total ? Rag.COMPLETE : Rag.NOT_ASSESSED;
    }

    private static class Counts {
        final Map<Rag, Long> byRag = zeros(Rag.class);
        long total;
        long overdue;

        void add(Rag rag, long count, long overdueCount) {
            byRag.merge(rag, count, Long::sum);
            total += count;
            overdue += overdueCount;
        }

        void add(Counts other) {
            if (other != null) {
                other.byRag.forEach((rag, count) -> byRag.merge(rag, count, Long::sum));
                total += other.total;
                overdue += other.overdue;
            }
        }
    }

    private static final class PriorityAcc extends Counts {
        final String ref;
        final String programmeRef;
        final String title;
        final List<String> recommendationRefs;

        PriorityAcc(String ref, String programmeRef, String title, List<String> recommendationRefs) {
            this.ref = ref;
            this.programmeRef = programmeRef;
            this.title = title;
            this.recommendationRefs = recommendationRefs;
        }

        PriorityRollup toRollup() {
            return new PriorityRollup(ref, programmeRef, title, recommendationRefs, total, byRag, overdue,
                    rollup(byRag, total));
        }
    }

    private static final class ProgrammeAcc extends Counts {
        final Programme programme;
        ImprovementPlan plan;
        long prioritiesTotal;

        ProgrammeAcc(Programme programme) {
            this.programme = programme;
        }

        ProgrammeRollup toRollup() {
            return new ProgrammeRollup(programme.ref, programme.title, programme.kind,
                    plan == null ? null : headline(plan), prioritiesTotal, total, byRag, overdue, rollup(byRag, total));
        }
    }

    private static final class RecommendationAcc extends Counts {
        final String ref;
        final List<String> priorityRefs = new ArrayList<>();

        RecommendationAcc(String ref) {
            this.ref = ref;
        }

        RecommendationRollup toRollup() {
            return new RecommendationRollup(ref, priorityRefs, total, byRag, overdue, rollup(byRag, total));
        }
    }
}
