package uk.csit.tracker.inspection.mapping;

import java.util.List;
import uk.csit.tracker.inspection.domain.DfeReview;
import uk.csit.tracker.inspection.domain.Finding;
import uk.csit.tracker.inspection.domain.FindingStatusChange;
import uk.csit.tracker.inspection.domain.Inspection;
import uk.csit.tracker.inspection.domain.Intervention;
import uk.csit.tracker.inspection.domain.Judgement;
import uk.csit.tracker.inspection.domain.InspectionFramework;
import uk.csit.tracker.inspection.domain.OversightRole;
import uk.csit.tracker.inspection.domain.ReportingDuty;
import uk.csit.tracker.inspection.domain.ReportingSchedule;
import uk.csit.tracker.inspection.rest.dto.ActionPlanDeadlines;
import uk.csit.tracker.inspection.rest.dto.DfeReviewResponse;
import uk.csit.tracker.inspection.rest.dto.FindingDto;
import uk.csit.tracker.inspection.rest.dto.InspectionDto;
import uk.csit.tracker.inspection.rest.dto.InterventionDto;
import uk.csit.tracker.inspection.rest.dto.JudgementDto;
import uk.csit.tracker.inspection.rest.dto.LocalAuthority;
import uk.csit.tracker.inspection.rest.dto.OversightRoleDto;
import uk.csit.tracker.inspection.rest.dto.ReportingDutyDto;
import uk.csit.tracker.inspection.rest.dto.StatusChangeResponse;
import uk.csit.tracker.inspection.domain.DatePrecision;

/** Entities to DTOs and requests onto entities: the only place that knows both shapes. */
public final class InspectionMapper {

    private InspectionMapper() {
    }

    /**
     * A request onto an inspection; the council, when the request leaves it out, is the one given (the configured
     * council for a new inspection, the inspection's own on a replace).
     */
    public static void apply(InspectionDto request, Inspection inspection, String defaultLaName, String defaultLaCode) {
        inspection.ref = request.ref();
        inspection.type = request.type();
        inspection.startDate = request.startDate();
        inspection.endDate = request.endDate();
        inspection.datePrecision = request.datePrecision() == null ? DatePrecision.DAY : request.datePrecision();
        inspection.publishedDate = request.publishedDate();
        inspection.publishedDatePrecision = request.publishedDate() == null ? null
                : request.publishedDatePrecision() == null ? DatePrecision.DAY : request.publishedDatePrecision();
        inspection.reportUrl = request.reportUrl();
        inspection.focusAreas = request.focusAreas() == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(request.focusAreas());
        inspection.progressVerdict = request.progressVerdict();
        inspection.source = request.source();
        inspection.localAuthorityName = request.localAuthorityName() == null ? defaultLaName : request.localAuthorityName();
        inspection.localAuthorityOnsCode = request.localAuthorityOnsCode() == null ? defaultLaCode
                : request.localAuthorityOnsCode();
    }

    public static InspectionDto toResponse(Inspection i, ActionPlanDeadlines deadlines) {
        return new InspectionDto(i.ref, new LocalAuthority(i.localAuthorityName, i.localAuthorityOnsCode), i.type,
                i.type.graded(), i.startDate, i.endDate, i.datePrecision, i.publishedDate, i.publishedDatePrecision,
                i.reportUrl, List.copyOf(i.focusAreas), i.progressVerdict, i.source, deadlines, i.version, null, null);
    }

    public static JudgementDto toResponse(Judgement j, Inspection i) {
        var framework = InspectionFramework.of(i.type, i.judgedOn());
        return new JudgementDto(j.area, j.grade, i.ref, i.type, i.judgedOn(), i.publishedDate, framework.orElse(null),
                framework.flatMap(f -> f.words(j.area)).orElse(null), framework.map(f -> f.words(j.grade)).orElse(null));
    }

    public static FindingDto toResponse(Finding f, Inspection i, List<StatusChangeResponse> history) {
        return new FindingDto(f.ref, i.ref, i.type, i.startDate, f.type, f.text, f.textPending, f.area, f.status,
                f.statusDate, f.statusEvidence, f.source, history, f.version);
    }

    public static StatusChangeResponse toResponse(FindingStatusChange c) {
        return new StatusChangeResponse(c.fromStatus, c.toStatus, c.changedOn, c.evidenceNote, c.changedBy, c.recordedAt);
    }

    public static void apply(InterventionDto request, Intervention intervention) {
        intervention.ref = request.ref();
        intervention.type = request.type();
        intervention.legalBasis = request.legalBasis();
        intervention.issuedDate = request.issuedDate();
        intervention.issuedDatePrecision = request.issuedDatePrecision() == null ? DatePrecision.DAY
                : request.issuedDatePrecision();
        intervention.liftedDate = request.liftedDate();
        intervention.status = request.status();
        intervention.conditions = request.conditions() == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(request.conditions());
        intervention.source = request.source();
    }

    public static OversightRoleDto toDto(OversightRole role) {
        return new OversightRoleDto(role.role, role.personName, role.fromDate, role.toDate);
    }

    public static ReportingDutyDto toDto(ReportingDuty duty, java.time.LocalDate lifted) {
        return new ReportingDutyDto(duty.what, duty.toWhom, duty.everyMonths, duty.firstDue, duty.until, duty.source,
                ReportingSchedule.dueDates(duty.firstDue, duty.everyMonths, duty.until, lifted));
    }

    public static InterventionDto toResponse(Intervention i, List<OversightRole> oversight, List<ReportingDuty> duties,
            DfeReviewResponse lastReview, java.time.LocalDate nextReviewDue) {
        return new InterventionDto(i.ref, i.type, i.legalBasis, i.issuedDate, i.issuedDatePrecision, i.liftedDate,
                i.status, List.copyOf(i.conditions), oversight.stream().map(InspectionMapper::toDto).toList(),
                duties.stream().map(d -> toDto(d, i.liftedDate)).toList(), lastReview, nextReviewDue, i.source,
                i.version);
    }

    public static DfeReviewResponse toResponse(DfeReview r, String interventionRef) {
        boolean derived = r.nextReviewDue == null;
        return new DfeReviewResponse(r.ref, interventionRef, r.reviewDate, r.reviewDatePrecision, r.summary,
                derived ? r.reviewDate.plusMonths(6) : r.nextReviewDue, derived, r.source, r.version);
    }
}
