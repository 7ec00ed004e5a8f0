package uk.csit.tracker.inspection.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.InterventionStatus;
import uk.csit.tracker.inspection.domain.InterventionType;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.domain.RecommendationStatus;

@Schema(name = "InspectionSummary", description = "Everything the gateway's status needs from this service, in one call.")
public record InspectionSummary(
        Instant asAt,
        LocalAuthority localAuthority,
        List<JudgementDto> currentJudgements,
        @Schema(nullable = true) OpenIntervention openIntervention,
        @Schema(nullable = true) Visit lastMonitoringVisit,
        @Schema(nullable = true) Visit nextMonitoringVisit,
        long monitoringVisitCount,
        @Schema(description = "The newest 50 recommendations (newest inspection first, then by ref); all of them when"
                + " there are no more. Every one is at /api/v1/findings?type=RECOMMENDATION.")
        List<Recommendation> recommendations,
        @Schema(description = "How many recommendations there are, listed or not.") long recommendationsTotal,
        @Schema(description = "How many recommendations stand at each status, listed or not.")
        Map<RecommendationStatus, Long> recommendationsByStatus,
        @Schema(description = "The day this position is as at, when one was asked for (asOf); absent for now.")
        LocalDate asOf) {

    @Schema(name = "InspectionSummaryIntervention")
    public record OpenIntervention(String ref, InterventionType type, InterventionStatus status, LocalDate issuedDate,
            List<OversightRoleDto> oversight, @Schema(nullable = true) DfeReviewResponse lastReview,
            @Schema(nullable = true) LocalDate nextReviewDue,
            @Schema(description = "Each reporting duty's next report due on or after the day, soonest first.")
            List<ReportDue> reportsDue) {
    }

    @Schema(name = "InspectionSummaryReportDue", description = "The next report a reporting duty asks for.")
    public record ReportDue(@Schema(example = "Progress against the improvement plan") String what,
            @Schema(example = "The Children's Services Commissioner") String toWhom, LocalDate due) {
    }

    @Schema(name = "InspectionSummaryVisit")
    public record Visit(String ref, LocalDate startDate, LocalDate endDate,
            uk.csit.tracker.inspection.domain.DatePrecision datePrecision, String progressVerdict,
            List<String> focusAreas) {
    }

    @Schema(name = "InspectionSummaryRecommendation")
    public record Recommendation(String ref, String inspectionRef, InspectionType inspectionType, FindingType type,
            String text, boolean textPending, JudgementArea area, RecommendationStatus status, LocalDate statusDate) {
    }
}
