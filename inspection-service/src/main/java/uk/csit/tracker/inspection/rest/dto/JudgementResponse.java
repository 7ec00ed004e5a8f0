package uk.csit.tracker.inspection.rest.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.Grade;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.JudgementArea;

@Schema(name = "Judgement", description = "A grade for one area, with the inspection it came from.")
public record JudgementResponse(
        JudgementArea area,
        Grade grade,
        @Schema(example = "ILACS-2023") String inspectionRef,
        InspectionType inspectionType,
        @Schema(example = "2023-12-22") LocalDate inspectionEndDate,
        @Schema(example = "2024-02-01") LocalDate publishedDate) {
}
