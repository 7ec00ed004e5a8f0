package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The gateway's own reading of the services' answers (docs/integration-contracts.md): only the
 * fields it uses, and tolerant of fields it does not know, so that a service can add to its
 * contract without breaking the gateway.
 */
public final class ConsumerDtos {

    private ConsumerDtos() {
    }

    /** An entry of a service's timeline (inspection: visits, reviews...; plan: board meetings, milestones). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimelineItem(LocalDate date, LocalDate endDate, String datePrecision, String type, String ref,
            String title, String summary) {
    }

    /** A finding of an inspection; the gateway reads its ref and type (RECOMMENDATION, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FindingRefs(String ref, String type, String inspectionRef) {
    }

    /** A priority of the plan and the recommendations it answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriorityRefs(String ref, String title, List<String> recommendationRefs) {
    }

    /** An action of the plan and the priority it belongs to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionRefs(String ref, String priorityRef) {
    }

    /** An allocation of money and what it is for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AllocationRefs(String ref, String priorityRef, String actionRef) {
    }
}
