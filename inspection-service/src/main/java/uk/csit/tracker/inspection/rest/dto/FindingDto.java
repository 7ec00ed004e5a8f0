package uk.csit.tracker.inspection.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.domain.RecommendationStatus;

/**
 * A finding of an inspection or visit, as it is read and written: send back what you read with PUT to correct it.
 * The fields the service owns (its inspection, the recommendation's status and its history, the version) are
 * read-only and ignored in a request; a recommendation's status changes through its status-changes.
 */
@Schema(name = "Finding", description = "A finding of an inspection or visit: a recommendation, an area for priority"
        + " action, a strength, a headline finding or an area for improvement. Send it back with PUT to correct it: the"
        + " read-only fields are the service's own and are ignored.")
public record FindingDto(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        @Schema(example = "ILACS-2023-R3") String ref,
        @JsonProperty(access = READ_ONLY) @Schema(example = "ILACS-2023") String inspectionRef,
        @JsonProperty(access = READ_ONLY) InspectionType inspectionType,
        @JsonProperty(access = READ_ONLY) @Schema(description = "When the inspection took place (its first day).")
        LocalDate inspectionStartDate,
        @NotNull @Schema(example = "RECOMMENDATION") FindingType type,
        @NotBlank @Size(max = 4000) String text,
        @Schema(description = "True while the words are still to be entered from the published report.")
        Boolean textPending,
        @Schema(example = "HELP_AND_PROTECTION") JudgementArea area,
        @JsonProperty(access = READ_ONLY) @Schema(description = "Recommendations only.", nullable = true)
        RecommendationStatus status,
        @JsonProperty(access = READ_ONLY) @Schema(nullable = true) LocalDate statusDate,
        @JsonProperty(access = READ_ONLY) @Schema(nullable = true) String statusEvidence,
        @Size(max = 500) String source,
        @JsonProperty(access = READ_ONLY) @Schema(description = "Recommendations: every change of status, oldest first"
                + " (on the single-finding read).", nullable = true) List<StatusChangeResponse> statusHistory,
        @JsonProperty(access = READ_ONLY) @Schema(description = Versions.VERSION) Long version) {

    @AssertTrue(message = "must be set on areas for priority action")
    boolean isArea() {
        return area != null || type == null
                || (type != FindingType.AREA_FOR_PRIORITY_ACTION);
    }
}
