package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.kit.privacy.PersonalData;

/**
 * The gateway's reading of the inspection service's answers. Each record has every property of the inspection
 * contract's schema of the same name, so that what the gateway passes on is the whole record (ConsumerDtosTest
 * holds them to the committed contract), and each tolerates a property it does not know yet, so that the service
 * can grow its contract without breaking the gateway. Enumerations are read as text for the same reason.
 */
public final class InspectionDtos {

    private InspectionDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "InspectionSummary")
    public record InspectionSummary(Instant asAt, LocalAuthority localAuthority, List<Judgement> currentJudgements,
            Intervention openIntervention, Visit lastMonitoringVisit, Visit nextMonitoringVisit,
            Long monitoringVisitCount, List<Recommendation> recommendations, Long recommendationsTotal,
            Map<String, Long> recommendationsByStatus, LocalDate asOf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "LocalAuthority")
    public record LocalAuthority(String name, String onsCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "Judgement")
    public record Judgement(String area, String grade, String inspectionRef, String inspectionType,
            LocalDate inspectionEndDate, LocalDate publishedDate, String framework, String areaWords,
            String gradeWords) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "InspectionSummaryIntervention")
    public record Intervention(String ref, String type, String status, LocalDate issuedDate,
            List<OversightRole> oversight, DfeReview lastReview, LocalDate nextReviewDue, List<ReportDue> reportsDue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "InspectionSummaryReportDue")
    public record ReportDue(String what, String toWhom, LocalDate due) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "OversightRole")
    public record OversightRole(String role, String name, LocalDate fromDate, LocalDate toDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "DfeReview")
    public record DfeReview(String ref, String interventionRef, LocalDate reviewDate, String reviewDatePrecision,
            String summary, LocalDate nextReviewDue, Boolean nextReviewDueDerived, String source, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "InspectionSummaryVisit")
    public record Visit(String ref, LocalDate startDate, LocalDate endDate, String datePrecision,
            String progressVerdict, List<String> focusAreas) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "InspectionSummaryRecommendation")
    public record Recommendation(String ref, String inspectionRef, String inspectionType, String type, String text,
            Boolean textPending, String area, String status, LocalDate statusDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "Finding")
    public record Finding(String ref, String inspectionRef, String inspectionType, LocalDate inspectionStartDate,
            String type, String text, Boolean textPending, String area, String status, LocalDate statusDate,
            String statusEvidence, String source, List<StatusChange> statusHistory, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "RecommendationStatusChange")
    public record StatusChange(String fromStatus, String toStatus, LocalDate changedOn, String evidenceNote,
            @PersonalData String changedBy, Instant recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "InspectionTimelineEntry")
    public record TimelineEntry(LocalDate date, LocalDate endDate, String datePrecision, String type, String ref,
            String title, String summary) {
    }
}
