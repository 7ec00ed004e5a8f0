package uk.csit.tracker.plan.mapping;

import java.util.List;
import uk.csit.tracker.plan.domain.ImprovementPlan;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PlanDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityDto;

/** An improvement plan and its priorities as the API shows them. */
public final class PlanMapper {

    private PlanMapper() {
    }

    public static PlanDto toResponse(ImprovementPlan p) {
        return new PlanDto(p.ref, p.title, p.planVersion, p.status, p.approvedBy, p.approvedDate,
                p.approvedDatePrecision, p.interventionRef, p.submittedToDfe, p.submittedToOfsted, p.source, p.version);
    }

    /** A priority, under its plan's ref (none for a priority of no plan), with the recommendations it answers. */
    public static PriorityDto toResponse(Priority p, String planRef, List<String> recommendationRefs) {
        return new PriorityDto(p.ref, planRef, p.title, p.lead, p.judgementArea, List.copyOf(recommendationRefs), p.source,
                p.version);
    }
}
