package uk.csit.tracker.inspection.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingDuty", description = "A report the intervention requires of the council (a statutory direction"
        + " often sets them): what, to whom, and how often from the first due date.")
public record ReportingDutyDto(
        @NotBlank @Size(max = 500) @Schema(example = "Progress against the improvement plan") String what,
        @NotBlank @Size(max = 200) @Schema(example = "The Children's Services Commissioner") String toWhom,
        @NotNull @Min(1) @Max(24) @Schema(description = "Months between reports.", example = "3") Integer everyMonths,
        @NotNull @Schema(example = "2025-06-30") LocalDate firstDue,
        @Schema(nullable = true, description = "The last day the duty runs, when the direction sets one.") LocalDate until,
        @Size(max = 500) @Schema(nullable = true) String source,
        @JsonProperty(access = READ_ONLY) @Schema(description = "Its due dates: the first, then one every everyMonths,"
                + " up to until or the day the intervention is lifted (at most the first 36 when neither is set).")
        List<LocalDate> dueDates) {

    @AssertTrue(message = "must not be before firstDue")
    boolean isUntil() {
        return until == null || firstDue == null || !until.isBefore(firstDue);
    }
}
