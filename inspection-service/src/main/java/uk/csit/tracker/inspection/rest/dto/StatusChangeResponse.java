package uk.csit.tracker.inspection.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.RecommendationStatus;
import uk.csit.tracker.kit.privacy.PersonalData;

@Schema(name = "RecommendationStatusChange")
public record StatusChangeResponse(
        @Schema(nullable = true) RecommendationStatus fromStatus,
        RecommendationStatus toStatus,
        LocalDate changedOn,
        String evidenceNote,
        @JsonProperty(access = READ_ONLY) @PersonalData @Schema(description = "The authenticated subject that made the"
                + " change. A member of staff's name is personal data: given only to callers whose role may read history"
                + " (ADVISOR, the editors, ADMIN), and left out for others.") String changedBy,
        @JsonProperty(access = READ_ONLY) @Schema(description = "When the change was recorded.") Instant recordedAt) {
}
