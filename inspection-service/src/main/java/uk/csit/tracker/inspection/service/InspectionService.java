package uk.csit.tracker.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.csit.tracker.inspection.config.LocalAuthorityConfig;
import uk.csit.tracker.inspection.domain.DatePrecision;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.Grade;
import uk.csit.tracker.inspection.domain.Inspection;
import uk.csit.tracker.inspection.domain.InspectionFramework;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.Judgement;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.mapping.InspectionMapper;
import uk.csit.tracker.inspection.rest.dto.ActionPlanDeadlines;
import uk.csit.tracker.inspection.rest.dto.InspectionDto;
import uk.csit.tracker.inspection.rest.dto.JudgementDto;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.paging.SortOrder;
import uk.csit.tracker.kit.problem.ProblemException;

/** Inspections and their judgements: the rules of what may be graded, and when. */
@ApplicationScoped
public class InspectionService {

    public static final String INSPECTIONS = "inspections";
    static final int DRAFT_PLAN_WORKING_DAYS = 20;
    static final int PLAN_WORKING_DAYS = 70;

    private static final Map<String, String> SORTS = new LinkedHashMap<>(Map.of(
            "startDate", "i.startDate", "publishedDate", "i.publishedDate", "ref", "i.ref"));

    @Inject
    EntityManager em;

    @Inject
    LocalAuthorityConfig localAuthority;

    @Inject
    ChangeRecorder changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionDto> list(InspectionType type, LocalDate from, LocalDate to, String sort, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            where.append(" and i.type = :type");
            params.put("type", type);
        }
        if (from != null) {
            where.append(" and coalesce(i.endDate, i.startDate) >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and i.startDate <= :to");
            params.put("to", to);
        }
        String order = SortOrder.parse(sort, SORTS, "-startDate").thenBy("i.ref").toOrderBy();
        var count = em.createQuery("select count(i) from Inspection i" + where, Long.class);
        var select = em.createQuery("select i from Inspection i" + where + " order by " + order, Inspection.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<Inspection> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> priorityActions = priorityActionCounts(rows.stream().map(i -> i.id).toList());
        List<InspectionDto> items = rows.stream()
                .map(i -> InspectionMapper.toResponse(i, deadlines(i, priorityActions.getOrDefault(i.id, 0L))))
                .toList();
        return Page.of(items, page, count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InspectionDto> find(String ref) {
        return findEntity(ref).map(this::toResponse);
    }

    @Transactional
    public InspectionDto create(InspectionDto request) {
        if (findEntity(request.ref()).isPresent()) {
            throw ProblemException.conflict("An inspection with ref '" + request.ref() + "' already exists.");
        }
        Inspection inspection = new Inspection();
        InspectionMapper.apply(request, inspection, localAuthority.name(), localAuthority.onsCode());
        inspection.persistAndFlush();
        InspectionDto response = toResponse(inspection);
        changes.created(INSPECTIONS, inspection.ref, response);
        return response;
    }

    @Transactional
    public InspectionDto update(String ref, String ifMatch, InspectionDto request) {
        if (!ref.equals(request.ref())) {
            throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
        }
        Inspection inspection = lock(ref);
        Preconditions.requireIfMatch(ifMatch, inspection.version);
        InspectionDto before = toResponse(inspection);
        InspectionMapper.apply(request, inspection, inspection.localAuthorityName, inspection.localAuthorityOnsCode);
        for (Judgement judgement : Judgement.<Judgement>list("inspectionId", inspection.id)) {
            String problem = gradingProblem(inspection, judgement.area);
            if (problem != null) {
                throw ProblemException.conflict("The change would leave the " + judgement.area
                        + " judgement invalid: " + problem + " Remove or correct the judgement first.");
            }
        }
        em.flush();
        InspectionDto after = toResponse(inspection);
        changes.updated(INSPECTIONS, ref, before, after);
        return after;
    }

    @Transactional
    public JudgementDto addJudgement(String inspectionRef, JudgementDto request) {
        Inspection inspection = lock(inspectionRef);
        String problem = gradingProblem(inspection, request.area());
        if (problem != null) {
            throw ProblemException.unprocessable(inspection.type.graded() ? "area" : "grade", problem);
        }
        if (Judgement.count("inspectionId = ?1 and area = ?2", inspection.id, request.area()) > 0) {
            throw ProblemException.conflict("Inspection '" + inspectionRef + "' already has a " + request.area()
                    + " judgement.");
        }
        Judgement judgement = new Judgement();
        judgement.inspectionId = inspection.id;
        judgement.area = request.area();
        judgement.grade = request.grade();
        judgement.persistAndFlush();
        JudgementDto response = InspectionMapper.toResponse(judgement, inspection);
        changes.created("judgements", inspectionRef + "/" + request.area(), response);
        return response;
    }

    /** Corrects a judgement's grade (a grade entered wrongly); the change is kept in the history. */
    @Transactional
    public JudgementDto correctJudgement(String inspectionRef, JudgementArea area, String ifMatch,
            JudgementDto request) {
        if (request.area() != area) {
            throw ProblemException.unprocessable("area", "must be the area in the path (" + area + ")");
        }
        Inspection inspection = lock(inspectionRef);
        Judgement judgement = Judgement.<Judgement>find("inspectionId = ?1 and area = ?2", inspection.id, area)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("judgement", inspectionRef + "/" + area));
        Preconditions.requireIfMatch(ifMatch, judgement.version);
        JudgementDto before = InspectionMapper.toResponse(judgement, inspection);
        judgement.grade = request.grade();
        em.flush();
        JudgementDto after = InspectionMapper.toResponse(judgement, inspection);
        changes.updated("judgements", inspectionRef + "/" + area, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long judgementVersion(String inspectionRef, JudgementArea area) {
        Inspection inspection = findEntity(inspectionRef)
                .orElseThrow(() -> ProblemException.notFound("inspection", inspectionRef));
        return Judgement.<Judgement>find("inspectionId = ?1 and area = ?2", inspection.id, area).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("judgement", inspectionRef + "/" + area)).version;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JudgementDto> judgementsOf(String inspectionRef) {
        Inspection inspection = findEntity(inspectionRef)
                .orElseThrow(() -> ProblemException.notFound("inspection", inspectionRef));
        return Judgement.<Judgement>list("inspectionId = ?1 order by area", inspection.id).stream()
                .map(j -> InspectionMapper.toResponse(j, inspection)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JudgementDto> judgements(JudgementArea area, Grade grade, LocalDate from, LocalDate to,
            PageRequest page) {
        StringBuilder where = new StringBuilder(" where i.id = j.inspectionId");
        Map<String, Object> params = new HashMap<>();
        if (area != null) {
            where.append(" and j.area = :area");
            params.put("area", area);
        }
        if (grade != null) {
            where.append(" and j.grade = :grade");
            params.put("grade", grade);
        }
        if (from != null) {
            where.append(" and coalesce(i.endDate, i.startDate) >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and i.startDate <= :to");
            params.put("to", to);
        }
        var count = em.createQuery("select count(j) from Judgement j, Inspection i" + where, Long.class);
        var select = em.createQuery("select j, i from Judgement j, Inspection i" + where
                + " order by i.startDate desc, j.area", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<JudgementDto> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream()
                .map(row -> InspectionMapper.toResponse((Judgement) row[0], (Inspection) row[1])).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** Why this area may not be graded on this inspection, or null when it may. */
    static String gradingProblem(Inspection inspection, JudgementArea area) {
        if (!inspection.type.graded()) {
            return "a " + inspection.type + " gives no grades.";
        }
        if (!area.validOn(inspection.judgedOn())) {
            return area + " is " + area.validity() + ", and this inspection is dated " + inspection.judgedOn() + ".";
        }
        var framework = InspectionFramework.of(inspection.type, inspection.judgedOn());
        if (framework.isPresent() && !framework.get().grades(area)) {
            return area + " is not an area of " + framework.get().title() + ", the framework of this "
                    + inspection.type + " dated " + inspection.judgedOn() + ".";
        }
        return null;
    }

    Optional<Inspection> findEntity(String ref) {
        return Inspection.find("ref", ref).firstResultOptional();
    }

    Inspection lock(String ref) {
        return Inspection.<Inspection>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("inspection", ref));
    }

    InspectionDto toResponse(Inspection inspection) {
        long priorityActions = priorityActionCounts(List.of(inspection.id)).getOrDefault(inspection.id, 0L);
        return InspectionMapper.toResponse(inspection, deadlines(inspection, priorityActions));
    }

    private Map<Long, Long> priorityActionCounts(List<Long> inspectionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (inspectionIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select f.inspectionId, count(f) from Finding f where f.inspectionId in :ids and f.type = :type"
                        + " group by f.inspectionId", Object[].class)
                .setParameter("ids", inspectionIds).setParameter("type", FindingType.AREA_FOR_PRIORITY_ACTION)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The action plan deadlines of a graded inspection, counted in working days from publication. */
    static ActionPlanDeadlines deadlines(Inspection inspection, long areasForPriorityAction) {
        if (!inspection.type.graded()) {
            return null;
        }
        if (inspection.publishedDate == null) {
            return new ActionPlanDeadlines(null, null, "Not published yet: deadlines run from the report's publication.");
        }
        if (inspection.publishedDatePrecision != DatePrecision.DAY) {
            return new ActionPlanDeadlines(null, null, "The report's publication day is not recorded (known to the "
                    + inspection.publishedDatePrecision.name().toLowerCase() + "), so the working-day deadlines cannot"
                    + " be computed; record the exact publication date.");
        }
        BankHolidays calendar = BankHolidays.englandAndWales();
        LocalDate draft = areasForPriorityAction > 0
                ? calendar.addWorkingDays(inspection.publishedDate, DRAFT_PLAN_WORKING_DAYS).orElse(null) : null;
        LocalDate plan = calendar.addWorkingDays(inspection.publishedDate, PLAN_WORKING_DAYS).orElse(null);
        String note = areasForPriorityAction > 0 ? null : "No areas for priority action: no draft plan is due.";
        if (plan == null || areasForPriorityAction > 0 && draft == null) {
            // Counting past the published bank holidays would give a date that may be wrong, and not say so.
            note = "The working days run outside the bank holidays GOV.UK has published (this service holds them from"
                    + " " + calendar.firstDay().getYear() + " to " + calendar.lastDay().getYear() + "), so the deadline cannot be counted yet."
                    + (note == null ? "" : " " + note);
        }
        return new ActionPlanDeadlines(draft, plan, note);
    }
}
