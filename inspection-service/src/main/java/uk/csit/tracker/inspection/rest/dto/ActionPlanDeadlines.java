package uk.csit.tracker.inspection.rest.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionPlanDeadlines", description = "When the council's action plan is due after a graded inspection:"
        + " a draft within 20 working days where there are areas for priority action, the plan within 70 working days"
        + " of publication (England and Wales bank holidays excluded).")
public record ActionPlanDeadlines(
        @Schema(description = "Null when there are no areas for priority action, or when it cannot be computed.",
                example = "2024-03-01") LocalDate draftDue,
        @Schema(description = "Null when it cannot be computed.", example = "2024-05-14") LocalDate planDue,
        @Schema(description = "Why a date is missing or approximate.",
                example = "The report's publication day is not recorded (known to the month).") String note) {
}
