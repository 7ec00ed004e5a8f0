package uk.csit.tracker.inspection.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.RecommendationStatus;

@Schema(name = "RecommendationStatusChange")
public record StatusChangeResponse(
        @Schema(nullable = true) RecommendationStatus fromStatus,
        RecommendationStatus toStatus,
        LocalDate changedOn,
        String evidenceNote,
        @Schema(description = "The authenticated subject that made the change.") String changedBy,
        Instant recordedAt) {
}
