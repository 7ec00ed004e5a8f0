package uk.csit.tracker.plan.mapping;

import java.util.List;
import uk.csit.tracker.plan.domain.ImprovementPlan;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.domain.Programme;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PlanDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgrammeDto;

/** Programmes, their plans and priorities as the API shows them. */
public final class PlanMapper {

    private PlanMapper() {
    }

    public static ProgrammeDto toResponse(Programme p) {
        return new ProgrammeDto(p.ref, p.title, p.kind, p.description, p.lead, p.startDate, p.source, p.version);
    }

    /** A plan under its programme's ref. */
    public static PlanDto toResponse(ImprovementPlan p, String programmeRef) {
        return new PlanDto(p.ref, programmeRef, p.title, p.planVersion, p.status, p.approvedBy, p.approvedDate,
                p.approvedDatePrecision, p.interventionRef, p.submittedToDfe, p.submittedToOfsted, p.source, p.version);
    }

    /**
     * A priority, under its programme's ref and its plan's (none for a priority of no plan), with the recommendations
     * it answers.
     */
    public static PriorityDto toResponse(Priority p, String programmeRef, String planRef,
            List<String> recommendationRefs) {
        return new PriorityDto(p.ref, programmeRef, planRef, p.title, p.lead, p.judgementArea,
                List.copyOf(recommendationRefs), p.source, p.version);
    }
}
