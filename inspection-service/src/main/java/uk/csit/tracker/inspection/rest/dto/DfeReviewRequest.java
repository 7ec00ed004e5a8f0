package uk.csit.tracker.inspection.rest.dto;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.DatePrecision;

@Schema(name = "DfeReviewRequest")
public record DfeReviewRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        @Schema(example = "DFE-REV-2024-11") String ref,
        @NotBlank @Size(max = 50) @Schema(example = "DFE-IN-2024") String interventionRef,
        @NotNull @Schema(example = "2024-11-15") LocalDate reviewDate,
        @Schema(example = "MONTH") DatePrecision reviewDatePrecision,
        @Size(max = 4000) String summary,
        @Schema(description = "As set by the DfE, when known.", nullable = true) LocalDate nextReviewDue,
        @Size(max = 500) String source) {

    @AssertTrue(message = "must be after reviewDate")
    boolean isNextReviewDue() {
        return nextReviewDue == null || reviewDate == null || nextReviewDue.isAfter(reviewDate);
    }
}
