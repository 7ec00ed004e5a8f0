package uk.csit.tracker.inspection.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.domain.RecommendationStatus;

@Schema(name = "Finding")
public record FindingResponse(
        @Schema(example = "ILACS-2023-R3") String ref,
        @Schema(example = "ILACS-2023") String inspectionRef,
        InspectionType inspectionType,
        @Schema(description = "When the inspection took place (its first day).") LocalDate inspectionStartDate,
        FindingType type,
        String text,
        boolean textPending,
        JudgementArea area,
        @Schema(description = "Recommendations only.", nullable = true) RecommendationStatus status,
        @Schema(nullable = true) LocalDate statusDate,
        @Schema(nullable = true) String statusEvidence,
        String source,
        @Schema(description = "Recommendations: every change of status, oldest first (on the single-finding read).",
                nullable = true) List<StatusChangeResponse> statusHistory,
        long version) {
}
