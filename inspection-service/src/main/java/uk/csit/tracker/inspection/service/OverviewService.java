package uk.csit.tracker.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.inspection.config.LocalAuthorityConfig;
import uk.csit.tracker.inspection.domain.DatePrecision;
import uk.csit.tracker.inspection.domain.Finding;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.Inspection;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.Intervention;
import uk.csit.tracker.inspection.domain.InterventionStatus;
import uk.csit.tracker.inspection.domain.Judgement;
import uk.csit.tracker.inspection.domain.RecommendationStatus;
import uk.csit.tracker.inspection.mapping.InspectionMapper;
import uk.csit.tracker.inspection.rest.dto.InspectionSummary;
import uk.csit.tracker.inspection.rest.dto.InterventionDto;
import uk.csit.tracker.inspection.rest.dto.JudgementDto;
import uk.csit.tracker.inspection.rest.dto.LocalAuthority;
import uk.csit.tracker.inspection.rest.dto.TimelineEntry;
import uk.csit.tracker.inspection.domain.ReportingSchedule;
import uk.csit.tracker.kit.data.ReadCache;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;

/** The derived views: the current judgements, the timeline, and the summary the gateway reads. */
@ApplicationScoped
public class OverviewService {

    /** The most recommendations a summary lists: a status must stay the same size however many inspections there are. */
    static final int LISTED_RECOMMENDATIONS = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LocalAuthorityConfig localAuthority;

    @Inject
    InterventionService interventions;

    /**
     * The latest graded judgement of each area. An area whose period ended before the latest graded
     * inspection took place has been replaced (children in care and care leavers were split in
     * 2023), so it is left out; an area still given then stays, even after it stops being given.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JudgementDto> currentJudgements() {
        return currentJudgements(null);
    }

    /** The current judgements as they stood at the end of a day: only inspections judged by then count. */
    private List<JudgementDto> currentJudgements(LocalDate upTo) {
        List<Object[]> rows = em.createQuery("""
                select j, i from Judgement j, Inspection i
                where i.id = j.inspectionId
                order by j.area, coalesce(i.endDate, i.startDate) desc, i.id desc""", Object[].class).getResultList();
        List<JudgementDto> latest = new ArrayList<>();
        LocalDate latestGraded = null;
        Judgement previous = null;
        for (Object[] row : rows) {
            Judgement judgement = (Judgement) row[0];
            Inspection inspection = (Inspection) row[1];
            if (upTo != null && inspection.judgedOn().isAfter(upTo)) {
                continue;
            }
            if (latestGraded == null || inspection.judgedOn().isAfter(latestGraded)) {
                latestGraded = inspection.judgedOn();
            }
            if (previous == null || previous.area != judgement.area) {
                latest.add(InspectionMapper.toResponse(judgement, inspection));
            }
            previous = judgement;
        }
        LocalDate cutoff = latestGraded;
        if (cutoff == null) {
            return List.of();
        }
        return latest.stream()
                .filter(j -> j.area().validTo() == null || !j.area().validTo().isBefore(cutoff))
                .sorted(java.util.Comparator.comparing(JudgementDto::area))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<TimelineEntry> timeline(LocalDate from, LocalDate to, PageRequest page) {
        String events = """
                select start_date as date, end_date, date_precision as precision,
                       case when type in ('ILACS_STANDARD', 'ILACS_SHORT', 'SIF_INSPECTION') then 'INSPECTION' else type end as kind,
                       ref, 'Ofsted ' || lower(replace(type, '_', ' ')) as title, progress_verdict as summary
                  from inspection
                union all
                select published_date, null, published_date_precision, 'REPORT_PUBLISHED', ref,
                       'Ofsted report published', null
                  from inspection where published_date is not null
                union all
                select issued_date, null, issued_date_precision, 'INTERVENTION', ref,
                       'DfE ' || lower(replace(type, '_', ' ')) || ' issued', legal_basis
                  from intervention
                union all
                select lifted_date, null, 'DAY', 'INTERVENTION_LIFTED', ref,
                       'DfE ' || lower(replace(type, '_', ' ')) || ' lifted', null
                  from intervention where lifted_date is not null
                union all
                select review_date, null, review_date_precision, 'DFE_REVIEW', ref, 'DfE review', summary
                  from dfe_review
                union all
                select d.due, null, 'DAY', 'REPORT_DUE', i.ref, 'Report due to ' || r.to_whom, r.what
                  from reporting_duty r join intervention i on i.id = r.intervention_id
                  cross join lateral (select cast(r.first_due + make_interval(months => k * r.every_months) as date)
                                             as due
                                        from generate_series(0, %d) k) d
                 where d.due <= least(coalesce(r.until, date '9999-12-31'), coalesce(i.lifted_date, date '9999-12-31'))
                """.formatted(ReportingSchedule.LISTED - 1);
        String where = " where (cast(?1 as date) is null or coalesce(e.end_date, e.date) >= cast(?1 as date))"
                + " and (cast(?2 as date) is null or e.date <= cast(?2 as date))";
        Date fromDate = from == null ? null : Date.valueOf(from);
        Date toDate = to == null ? null : Date.valueOf(to);
        long total = ((Number) em.createNativeQuery("select count(*) from (" + events + ") e" + where)
                .setParameter(1, fromDate).setParameter(2, toDate).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("select e.date, e.end_date, e.precision, e.kind, e.ref, e.title,"
                        + " e.summary from (" + events + ") e" + where + " order by e.date, e.kind, e.ref"
                        + " limit ?3 offset ?4")
                .setParameter(1, fromDate).setParameter(2, toDate)
                .setParameter(3, page.size()).setParameter(4, page.offset()).getResultList();
        List<TimelineEntry> items = rows.stream().map(row -> new TimelineEntry(
                toLocalDate(row[0]), toLocalDate(row[1]), DatePrecision.valueOf((String) row[2]), (String) row[3],
                (String) row[4], (String) row[5], (String) row[6])).toList();
        return Page.of(items, page, total);
    }

    @Inject
    ReadCache readCache;

    public InspectionSummary summary() {
        return summary(null);
    }

    /**
     * The summary now, or as at the end of a day: then only inspections judged by that day count, the
     * open intervention is the latest issued by then and not lifted by then, the last visit is the last
     * held by then (and no next one is named), and each recommendation has the status its recorded
     * history gives it on that day.
     */
    public InspectionSummary summary(AsOf asOf) {
        // Today's summary is kept by the read cache: the gateway's status asks for it again and again.
        return asOf == null ? readCache.get("inspection-summary", () -> read(null)) : read(asOf);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    InspectionSummary read(AsOf asOf) {
        Instant asAt = clock.instant();
        LocalDate today = asOf == null ? LocalDate.now(clock) : asOf.date();
        InspectionSummary.OpenIntervention open = (asOf == null
                ? Intervention.<Intervention>find("status = ?1 order by issuedDate desc, id desc", InterventionStatus.OPEN)
                : Intervention.<Intervention>find("issuedDate <= ?1 and (liftedDate is null or liftedDate > ?1)"
                        + " order by issuedDate desc, id desc", today))
                .firstResultOptional()
                .map(interventions::toResponse)
                .map(i -> toOpen(i, asOf == null ? i.status() : InterventionStatus.OPEN, today))
                .orElse(null);
        InspectionSummary.Visit last = Inspection.<Inspection>find("type = ?1 and startDate <= ?2"
                        + " order by startDate desc, id desc", InspectionType.MONITORING_VISIT, today)
                .firstResultOptional().map(OverviewService::toVisit).orElse(null);
        InspectionSummary.Visit next = asOf != null ? null : Inspection.<Inspection>find("type = ?1 and startDate > ?2"
                        + " order by startDate, id", InspectionType.MONITORING_VISIT, today)
                .firstResultOptional().map(OverviewService::toVisit).orElse(null);
        long held = Inspection.count("type = ?1 and startDate <= ?2", InspectionType.MONITORING_VISIT, today);
        TypedQuery<Object[]> newest = em.createQuery("select f, i from Finding f, Inspection i"
                + " where i.id = f.inspectionId and f.type = :type"
                + (asOf == null ? "" : " and coalesce(i.endDate, i.startDate) <= :day")
                + " order by i.startDate desc, f.ref", Object[].class)
                .setParameter("type", FindingType.RECOMMENDATION)
                .setMaxResults(LISTED_RECOMMENDATIONS);
        if (asOf != null) {
            newest.setParameter("day", today);
        }
        List<InspectionSummary.Recommendation> recommendations = newest.getResultList().stream()
                .map(row -> {
                    Finding f = (Finding) row[0];
                    Inspection i = (Inspection) row[1];
                    RecommendationStatus status = f.status;
                    LocalDate statusDate = f.statusDate;
                    if (asOf != null) {
                        // Its last recorded change by then; with none, it was open (since its own date, if that was
                        // already past and it is still open now).
                        Object[] then = statusOn(f.id, today);
                        status = then == null ? RecommendationStatus.OPEN : RecommendationStatus.valueOf((String) then[0]);
                        statusDate = then != null ? toLocalDate(then[1])
                                : f.status == RecommendationStatus.OPEN && f.statusDate != null
                                        && !f.statusDate.isAfter(today) ? f.statusDate : null;
                    }
                    return new InspectionSummary.Recommendation(f.ref, i.ref, i.type, f.type, f.text, f.textPending,
                            f.area, status, statusDate);
                }).toList();
        Map<RecommendationStatus, Long> byStatus = recommendationsByStatus(asOf == null ? null : today);
        return new InspectionSummary(asAt, new LocalAuthority(localAuthority.name(), localAuthority.onsCode()),
                currentJudgements(asOf == null ? null : today), open, last, next, held, recommendations,
                byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                asOf == null ? null : asOf.date());
    }

    /**
     * How many recommendations stand at each status: now, or at the end of a day (those of inspections
     * judged by then, each with its last recorded change by then, open when it has none).
     */
    @SuppressWarnings("unchecked")
    private Map<RecommendationStatus, Long> recommendationsByStatus(LocalDate day) {
        Map<RecommendationStatus, Long> counts = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            counts.put(status, 0L);
        }
        List<Object[]> rows = day == null
                ? em.createNativeQuery("select f.status, count(*) from finding f where f.type = 'RECOMMENDATION'"
                        + " group by f.status").getResultList()
                : em.createNativeQuery("""
                        select coalesce(c.to_status, 'OPEN'), count(*)
                          from finding f join inspection i on i.id = f.inspection_id
                          left join lateral (select s.to_status from finding_status_change s
                                              where s.finding_id = f.id and s.changed_on <= ?1
                                              order by s.changed_on desc, s.id desc limit 1) c on true
                         where f.type = 'RECOMMENDATION' and coalesce(i.end_date, i.start_date) <= ?1
                         group by 1""").setParameter(1, Date.valueOf(day)).getResultList();
        for (Object[] row : rows) {
            counts.put(RecommendationStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A recommendation's status on a day: its last recorded change on or before it, or null when none. */
    @SuppressWarnings("unchecked")
    private Object[] statusOn(Long findingId, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("""
                select to_status, changed_on from finding_status_change
                 where finding_id = ?1 and changed_on <= ?2 order by changed_on desc, id desc limit 1""")
                .setParameter(1, findingId).setParameter(2, Date.valueOf(day)).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static InspectionSummary.OpenIntervention toOpen(InterventionDto i, InterventionStatus status,
            LocalDate day) {
        List<InspectionSummary.ReportDue> due = new java.util.ArrayList<>();
        for (var duty : i.reportingDuties()) {
            ReportingSchedule.nextDue(duty.firstDue(), duty.everyMonths(), duty.until(), i.liftedDate(), day)
                    .ifPresent(d -> due.add(new InspectionSummary.ReportDue(duty.what(), duty.toWhom(), d)));
        }
        due.sort(java.util.Comparator.comparing(InspectionSummary.ReportDue::due));
        return new InspectionSummary.OpenIntervention(i.ref(), i.type(), status, i.issuedDate(), i.oversight(),
                i.lastReview(), i.nextReviewDue(), due);
    }

    private static InspectionSummary.Visit toVisit(Inspection v) {
        return new InspectionSummary.Visit(v.ref, v.startDate, v.endDate, v.datePrecision, v.progressVerdict,
                List.copyOf(v.focusAreas));
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }
}
