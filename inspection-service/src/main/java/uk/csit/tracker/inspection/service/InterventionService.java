package uk.csit.tracker.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.csit.tracker.inspection.domain.DfeReview;
import uk.csit.tracker.inspection.domain.Intervention;
import uk.csit.tracker.inspection.domain.InterventionStatus;
import uk.csit.tracker.inspection.domain.InterventionType;
import uk.csit.tracker.inspection.domain.OversightRole;
import uk.csit.tracker.inspection.domain.ReportingDuty;
import uk.csit.tracker.inspection.mapping.InspectionMapper;
import uk.csit.tracker.inspection.rest.dto.DfeReviewRequest;
import uk.csit.tracker.inspection.rest.dto.DfeReviewResponse;
import uk.csit.tracker.inspection.rest.dto.InterventionDto;
import uk.csit.tracker.inspection.rest.dto.OversightRoleDto;
import uk.csit.tracker.inspection.rest.dto.ReportingDutyDto;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;

/** DfE interventions, who oversees them, and the DfE's reviews. */
@ApplicationScoped
public class InterventionService {

    public static final String INTERVENTIONS = "interventions";
    public static final String REVIEWS = "dfe-reviews";
    /** An improvement notice is reviewed at least every six months. */
    static final int REVIEW_INTERVAL_MONTHS = 6;

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InterventionDto> list(InterventionStatus status, InterventionType type, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and i.status = :status");
        }
        if (type != null) {
            where.append(" and i.type = :type");
        }
        var count = em.createQuery("select count(i) from Intervention i" + where, Long.class);
        var select = em.createQuery("select i from Intervention i" + where + " order by i.issuedDate desc, i.ref",
                Intervention.class);
        if (status != null) {
            count.setParameter("status", status);
            select.setParameter("status", status);
        }
        if (type != null) {
            count.setParameter("type", type);
            select.setParameter("type", type);
        }
        List<InterventionDto> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(this::toResponse).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InterventionDto> find(String ref) {
        return Intervention.<Intervention>find("ref", ref).firstResultOptional().map(this::toResponse);
    }

    @Transactional
    public InterventionDto create(InterventionDto request) {
        if (Intervention.count("ref", request.ref()) > 0) {
            throw ProblemException.conflict("An intervention with ref '" + request.ref() + "' already exists.");
        }
        Intervention intervention = new Intervention();
        InspectionMapper.apply(request, intervention);
        intervention.persistAndFlush();
        replaceOversight(intervention, request.oversight());
        replaceDuties(intervention, request.reportingDuties());
        InterventionDto response = toResponse(intervention);
        changes.created(INTERVENTIONS, intervention.ref, response);
        return response;
    }

    @Transactional
    public InterventionDto update(String ref, String ifMatch, InterventionDto request) {
        if (!ref.equals(request.ref())) {
            throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
        }
        Intervention intervention = lock(ref);
        Preconditions.requireIfMatch(ifMatch, intervention.version);
        if (intervention.status != InterventionStatus.OPEN && request.status() == InterventionStatus.OPEN) {
            throw ProblemException.conflict("An intervention that is " + intervention.status
                    + " cannot be reopened; record a new intervention instead.");
        }
        InterventionDto before = toResponse(intervention);
        InspectionMapper.apply(request, intervention);
        replaceOversight(intervention, request.oversight());
        replaceDuties(intervention, request.reportingDuties());
        // The oversight roles and duties live in tables of their own: count their change as a change of the intervention.
        em.lock(intervention, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        InterventionDto after = toResponse(intervention);
        changes.updated(INTERVENTIONS, ref, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DfeReviewResponse> reviews(String interventionRef, PageRequest page) {
        Long interventionId = null;
        if (interventionRef != null) {
            interventionId = Intervention.<Intervention>find("ref", interventionRef).firstResultOptional()
                    .map(i -> i.id).orElse(-1L);
        }
        String filter = interventionId == null ? "" : " and r.interventionId = :id";
        var count = em.createQuery("select count(r) from DfeReview r where 1 = 1" + filter, Long.class);
        var select = em.createQuery("select r, i.ref from DfeReview r, Intervention i"
                + " where i.id = r.interventionId" + filter + " order by r.reviewDate desc, r.ref", Object[].class);
        if (interventionId != null) {
            count.setParameter("id", interventionId);
            select.setParameter("id", interventionId);
        }
        long total = count.getSingleResult();
        List<DfeReviewResponse> items = select
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(row -> InspectionMapper.toResponse((DfeReview) row[0], (String) row[1])).toList();
        return Page.of(items, page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DfeReviewResponse> findReview(String ref) {
        return DfeReview.<DfeReview>find("ref", ref).firstResultOptional()
                .map(r -> InspectionMapper.toResponse(r, Intervention.<Intervention>findById(r.interventionId).ref));
    }

    @Transactional
    public DfeReviewResponse createReview(DfeReviewRequest request) {
        if (DfeReview.count("ref", request.ref()) > 0) {
            throw ProblemException.conflict("A DfE review with ref '" + request.ref() + "' already exists.");
        }
        Intervention intervention = Intervention.<Intervention>find("ref", request.interventionRef())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable("interventionRef", "no intervention has this ref"));
        if (request.reviewDate().isBefore(intervention.issuedDate)) {
            throw ProblemException.unprocessable("reviewDate", "must not be before the intervention was issued ("
                    + intervention.issuedDate + ")");
        }
        InterventionDto interventionBefore = toResponse(intervention);
        DfeReview review = new DfeReview();
        review.ref = request.ref();
        review.interventionId = intervention.id;
        review.reviewDate = request.reviewDate();
        review.reviewDatePrecision = request.reviewDatePrecision() == null
                ? uk.csit.tracker.inspection.domain.DatePrecision.DAY : request.reviewDatePrecision();
        review.summary = request.summary();
        review.nextReviewDue = request.nextReviewDue();
        review.source = request.source();
        review.persistAndFlush();
        DfeReviewResponse response = InspectionMapper.toResponse(review, intervention.ref);
        changes.created(REVIEWS, review.ref, response);
        InterventionDto interventionAfter = toResponse(intervention);
        if (!interventionAfter.equals(interventionBefore)) {
            // The intervention shows its last review and when the next is due: a review changes it.
            changes.updated(INTERVENTIONS, intervention.ref, interventionBefore, interventionAfter);
        }
        return response;
    }

    InterventionDto toResponse(Intervention intervention) {
        List<OversightRole> oversight = OversightRole.list("interventionId = ?1 order by position", intervention.id);
        List<ReportingDuty> duties = ReportingDuty.list("interventionId = ?1 order by position", intervention.id);
        DfeReviewResponse last = DfeReview.<DfeReview>find("interventionId = ?1 order by reviewDate desc, id desc",
                        intervention.id).firstResultOptional()
                .map(r -> InspectionMapper.toResponse(r, intervention.ref)).orElse(null);
        return InspectionMapper.toResponse(intervention, oversight, duties, last, nextReviewDue(intervention, last));
    }

    static LocalDate nextReviewDue(Intervention intervention, DfeReviewResponse lastReview) {
        if (intervention.status != InterventionStatus.OPEN) {
            return null;
        }
        return lastReview != null ? lastReview.nextReviewDue()
                : intervention.issuedDate.plusMonths(REVIEW_INTERVAL_MONTHS);
    }

    private Intervention lock(String ref) {
        return Intervention.<Intervention>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("intervention", ref));
    }

    private void replaceOversight(Intervention intervention, List<OversightRoleDto> roles) {
        OversightRole.delete("interventionId", intervention.id);
        if (roles == null) {
            return;
        }
        int position = 0;
        for (OversightRoleDto dto : roles) {
            OversightRole role = new OversightRole();
            role.interventionId = intervention.id;
            role.position = position++;
            role.role = dto.role();
            role.personName = dto.name();
            role.fromDate = dto.fromDate();
            role.toDate = dto.toDate();
            role.persist();
        }
        em.flush();
    }

    private void replaceDuties(Intervention intervention, List<ReportingDutyDto> duties) {
        ReportingDuty.delete("interventionId", intervention.id);
        if (duties == null) {
            return;
        }
        int position = 0;
        for (ReportingDutyDto dto : duties) {
            if (dto.firstDue().isBefore(intervention.issuedDate)) {
                throw ProblemException.unprocessable("reportingDuties[" + position + "].firstDue",
                        "must not be before the intervention was issued (" + intervention.issuedDate + ")");
            }
            ReportingDuty duty = new ReportingDuty();
            duty.interventionId = intervention.id;
            duty.position = position++;
            duty.what = dto.what();
            duty.toWhom = dto.toWhom();
            duty.everyMonths = dto.everyMonths();
            duty.firstDue = dto.firstDue();
            duty.until = dto.until();
            duty.source = dto.source();
            duty.persist();
        }
        em.flush();
    }
}
