package uk.csit.tracker.inspection.rest.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.Grade;
import uk.csit.tracker.inspection.domain.JudgementArea;

@Schema(name = "JudgementRequest")
public record JudgementRequest(
        @NotNull @Schema(example = "HELP_AND_PROTECTION") JudgementArea area,
        @NotNull @Schema(example = "INADEQUATE") Grade grade) {
}
