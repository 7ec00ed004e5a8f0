package uk.csit.tracker.inspection.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.DatePrecision;
import uk.csit.tracker.inspection.domain.InterventionStatus;
import uk.csit.tracker.inspection.domain.InterventionType;

@Schema(name = "Intervention")
public record InterventionResponse(
        @Schema(example = "DFE-IN-2024") String ref,
        InterventionType type,
        String legalBasis,
        LocalDate issuedDate,
        DatePrecision issuedDatePrecision,
        @Schema(nullable = true) LocalDate liftedDate,
        InterventionStatus status,
        List<String> conditions,
        List<OversightRoleDto> oversight,
        @Schema(description = "The latest DfE review under this intervention.", nullable = true) DfeReviewResponse lastReview,
        @Schema(description = "When the next DfE review is due: as the DfE set it at the last review, else at the latest"
                + " six months after it (or after the notice, before any review). Null once lifted.", nullable = true)
        LocalDate nextReviewDue,
        String source,
        long version) {
}
