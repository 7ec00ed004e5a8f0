package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.DatePrecision;
import uk.csit.tracker.plan.domain.ImprovementPlan;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.mapping.PlanMapper;
import uk.csit.tracker.plan.domain.Programme;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PlanDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityDto;

/** Plans and their priorities, each in a programme, with the recommendation refs each priority answers. */
@ApplicationScoped
public class PlanService {

    public static final String PLANS = "plans";
    public static final String PRIORITIES = "priorities";

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Inject
    ProgrammeService programmes;

    /** The plans, of one programme or (null) of all, by ref. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanDto> plans(String programmeRef, PageRequest page) {
        io.quarkus.hibernate.orm.panache.PanacheQuery<ImprovementPlan> query = programmeRef == null
                ? ImprovementPlan.findAll(io.quarkus.panache.common.Sort.by("ref"))
                : ImprovementPlan.find("programmeId in (select p.id from Programme p where p.ref = ?1)",
                        io.quarkus.panache.common.Sort.by("ref"), programmeRef);
        List<PlanDto> items = query.page(page.page(), page.size()).list().stream().map(this::toResponse).toList();
        return Page.of(items, page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanDto> plan(String ref) {
        return ImprovementPlan.<ImprovementPlan>find("ref", ref).firstResultOptional().map(this::toResponse);
    }

    @Transactional
    public PlanDto createPlan(PlanDto request) {
        if (ImprovementPlan.count("ref", request.ref()) > 0) {
            throw ProblemException.conflict("A plan with ref '" + request.ref() + "' already exists.");
        }
        ImprovementPlan plan = new ImprovementPlan();
        plan.programmeId = programmes.named(request.programmeRef(), "programmeRef").id;
        apply(request, plan);
        plan.persistAndFlush();
        PlanDto response = toResponse(plan);
        changes.created(PLANS, plan.ref, response);
        return response;
    }

    @Transactional
    public PlanDto updatePlan(String ref, String ifMatch, PlanDto request) {
        if (!ref.equals(request.ref())) {
            throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
        }
        ImprovementPlan plan = ImprovementPlan.<ImprovementPlan>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("plan", ref));
        Preconditions.requireIfMatch(ifMatch, plan.version);
        PlanDto before = toResponse(plan);
        if (request.programmeRef() != null) {
            Long programmeId = programmes.named(request.programmeRef(), "programmeRef").id;
            if (!programmeId.equals(plan.programmeId) && Priority.count("planId", plan.id) > 0) {
                throw ProblemException.conflict("The plan '" + ref + "' has priorities in its programme '"
                        + before.programmeRef() + "': move them first, then the plan.");
            }
            plan.programmeId = programmeId;
        }
        apply(request, plan);
        em.flush();
        PlanDto after = toResponse(plan);
        changes.updated(PLANS, ref, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The priorities answering a recommendation, of a plan and of a programme (each null for any), by ref. */
    public Page<PriorityDto> priorities(String recommendationRef, String planRef, String programmeRef,
            PageRequest page) {
        String where = " where (cast(:rec as varchar) is null or exists (select 1 from priority_recommendation r"
                + " where r.priority_id = p.id and r.recommendation_ref = :rec))"
                + " and (cast(:plan as varchar) is null or p.plan_id = (select id from improvement_plan where ref = :plan))"
                + " and (cast(:programme as varchar) is null"
                + " or p.programme_id = (select id from programme where ref = :programme))";
        long total = ((Number) em.createNativeQuery("select count(*) from priority p" + where)
                .setParameter("rec", recommendationRef).setParameter("plan", planRef)
                .setParameter("programme", programmeRef).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Priority> rows = em.createNativeQuery("select p.* from priority p" + where + " order by p.ref"
                        + " limit :limit offset :offset", Priority.class)
                .setParameter("rec", recommendationRef).setParameter("plan", planRef)
                .setParameter("programme", programmeRef)
                .setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList();
        return Page.of(rows.stream().map(this::toResponse).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PriorityDto> priority(String ref) {
        return Priority.<Priority>find("ref", ref).firstResultOptional().map(this::toResponse);
    }

    @Transactional
    public PriorityDto createPriority(PriorityDto request) {
        if (Priority.count("ref", request.ref()) > 0) {
            throw ProblemException.conflict("A priority with ref '" + request.ref() + "' already exists.");
        }
        Priority priority = new Priority();
        apply(request, priority);
        priority.persistAndFlush();
        replaceRecommendations(priority, request.recommendationRefs());
        PriorityDto response = toResponse(priority);
        changes.created(PRIORITIES, priority.ref, response);
        return response;
    }

    @Transactional
    public PriorityDto updatePriority(String ref, String ifMatch, PriorityDto request) {
        if (!ref.equals(request.ref())) {
            throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
        }
        Priority priority = Priority.<Priority>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("priority", ref));
        Preconditions.requireIfMatch(ifMatch, priority.version);
        PriorityDto before = toResponse(priority);
        apply(request, priority);
        replaceRecommendations(priority, request.recommendationRefs());
        em.lock(priority, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        PriorityDto after = toResponse(priority);
        changes.updated(PRIORITIES, ref, before, after);
        return after;
    }

    Priority priorityEntity(String ref, String field) {
        return Priority.<Priority>find("ref", ref).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable(field, "no priority has the ref '" + ref + "'"));
    }

    private void apply(PlanDto r, ImprovementPlan plan) {
        plan.ref = r.ref();
        plan.title = r.title();
        plan.planVersion = r.planVersion();
        plan.status = r.status();
        plan.approvedBy = r.approvedBy();
        plan.approvedDate = r.approvedDate();
        plan.approvedDatePrecision = r.approvedDate() == null ? null
                : r.approvedDatePrecision() == null ? DatePrecision.DAY : r.approvedDatePrecision();
        plan.interventionRef = r.interventionRef();
        plan.submittedToDfe = r.submittedToDfe();
        plan.submittedToOfsted = r.submittedToOfsted();
        plan.source = r.source();
    }

    private void apply(PriorityDto r, Priority priority) {
        priority.ref = r.ref();
        ImprovementPlan plan = r.planRef() == null ? null : ImprovementPlan.<ImprovementPlan>find("ref", r.planRef())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable("planRef", "no plan has the ref '" + r.planRef() + "'"));
        priority.planId = plan == null ? null : plan.id;
        if (r.programmeRef() != null) {
            Programme programme = programmes.named(r.programmeRef(), "programmeRef");
            if (plan != null && !programme.id.equals(plan.programmeId)) {
                throw ProblemException.unprocessable("programmeRef", "must be the programme of the plan '"
                        + plan.ref + "' ('" + programmes.ref(plan.programmeId) + "'), or left out");
            }
            priority.programmeId = programme.id;
        } else if (plan != null) {
            priority.programmeId = plan.programmeId;
        } else if (priority.programmeId == null) {
            priority.programmeId = programmes.named(null, "programmeRef").id;
        }
        priority.title = r.title();
        priority.lead = r.lead();
        priority.judgementArea = r.judgementArea();
        priority.source = r.source();
    }

    private void replaceRecommendations(Priority priority, List<String> refs) {
        em.createNativeQuery("delete from priority_recommendation where priority_id = ?1")
                .setParameter(1, priority.id).executeUpdate();
        if (refs != null) {
            for (String ref : refs.stream().distinct().toList()) {
                em.createNativeQuery("insert into priority_recommendation (priority_id, recommendation_ref) values (?1, ?2)")
                        .setParameter(1, priority.id).setParameter(2, ref).executeUpdate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    PriorityDto toResponse(Priority p) {
        List<String> refs = em.createNativeQuery("select recommendation_ref from priority_recommendation"
                + " where priority_id = ?1 order by recommendation_ref").setParameter(1, p.id).getResultList();
        String planRef = p.planId == null ? null : ImprovementPlan.<ImprovementPlan>findById(p.planId).ref;
        return PlanMapper.toResponse(p, programmes.ref(p.programmeId), planRef, refs);
    }

    PlanDto toResponse(ImprovementPlan p) {
        return PlanMapper.toResponse(p, programmes.ref(p.programmeId));
    }
}
