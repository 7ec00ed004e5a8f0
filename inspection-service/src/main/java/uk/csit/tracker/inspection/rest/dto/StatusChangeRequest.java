package uk.csit.tracker.inspection.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.RecommendationStatus;

@Schema(name = "RecommendationStatusChangeRequest")
public record StatusChangeRequest(
        @NotNull @Schema(example = "ADDRESSED") RecommendationStatus status,
        @NotNull @Schema(example = "2025-09-17") LocalDate date,
        @Size(max = 2000) @Schema(example = "Monitoring visit found smaller caseloads and stronger supervision.")
        String evidenceNote) {
}
