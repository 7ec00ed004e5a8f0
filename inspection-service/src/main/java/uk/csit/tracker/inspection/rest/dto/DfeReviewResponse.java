package uk.csit.tracker.inspection.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.DatePrecision;

@Schema(name = "DfeReview")
public record DfeReviewResponse(
        @Schema(example = "DFE-REV-2024-11") String ref,
        @Schema(example = "DFE-IN-2024") String interventionRef,
        LocalDate reviewDate,
        DatePrecision reviewDatePrecision,
        String summary,
        @Schema(description = "As set by the DfE, or six months after the review when not set.") LocalDate nextReviewDue,
        @JsonProperty(access = READ_ONLY) @Schema(description = "True when nextReviewDue was derived (six months after the review), not set by the DfE.")
        boolean nextReviewDueDerived,
        String source,
        @JsonProperty(access = READ_ONLY) @Schema(description = Versions.VERSION) long version) {
}
