package uk.csit.tracker.inspection.rest.dto;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.JudgementArea;

@Schema(name = "FindingRequest")
public record FindingRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'")
        @Schema(example = "ILACS-2023-R3") String ref,
        @NotNull @Schema(example = "RECOMMENDATION") FindingType type,
        @NotBlank @Size(max = 4000) String text,
        @Schema(description = "True while the words are still to be entered from the published report.")
        Boolean textPending,
        @Schema(example = "HELP_AND_PROTECTION") JudgementArea area,
        @Size(max = 500) String source) {

    @AssertTrue(message = "must be set on areas for priority action")
    boolean isArea() {
        return area != null || type == null
                || (type != FindingType.AREA_FOR_PRIORITY_ACTION);
    }
}
