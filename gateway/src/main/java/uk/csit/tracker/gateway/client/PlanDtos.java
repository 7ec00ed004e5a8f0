package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.kit.privacy.PersonalData;

/**
 * The gateway's reading of the plan service's answers: every property of the plan contract's schema of the same name
 * (ConsumerDtosTest), properties it does not know yet tolerated, enumerations read as text.
 */
public final class PlanDtos {

    private PlanDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanSummary")
    public record PlanSummary(Instant asAt, PlanHeadline plan, Long totalActions, Map<String, Long> byStatus,
            Map<String, Long> byRag, Long overdue, List<PriorityRollup> priorities, Long prioritiesTotal,
            List<RecommendationRollup> recommendations, List<KpiHeadline> kpiHeadlines, LocalDate asOf,
            List<ProgrammeRollup> programmes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanSummaryProgramme")
    public record ProgrammeRollup(String ref, String title, String kind, PlanHeadline plan, Long prioritiesTotal,
            Long totalActions, Map<String, Long> byRag, Long overdue, String rag) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanSummaryPlan")
    public record PlanHeadline(String ref, String title, String status, LocalDate approvedDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanSummaryPriority")
    public record PriorityRollup(String ref, String programmeRef, String title, List<String> recommendationRefs,
            Long totalActions,
            Map<String, Long> byRag, Long overdue, String rag) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanSummaryRecommendation")
    public record RecommendationRollup(String recommendationRef, List<String> priorityRefs, Long totalActions,
            Map<String, Long> byRag, Long overdue, String rag) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanSummaryKpi")
    public record KpiHeadline(String code, String name, String unit, String polarity, String latestPeriod,
            BigDecimal latestValue, BigDecimal target, String rag, String basis, String source,
            KpiPublishedHeadline published) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanSummaryKpiPublished")
    public record KpiPublishedHeadline(String period, BigDecimal value, Withheld withheld, String rag, String source,
            Comparators comparators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "KpiValueWithheld")
    public record Withheld(String symbol, String meaning) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "KpiComparators")
    public record Comparators(String period, String source, BigDecimal england, String regionCode, String regionName,
            BigDecimal region, List<NeighbourFigure> neighbours, BigDecimal neighboursMedian, BigDecimal neighboursMean,
            Integer rankAmongNeighbours, Integer rankedAmongNeighbours, Integer quartileAmongNeighbours,
            Integer rankAmongLocalAuthorities,
            Integer rankedLocalAuthorities, Integer quartile) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "KpiNeighbourFigure")
    public record NeighbourFigure(Integer position, String laCode, String name, String closeness, BigDecimal value,
            String symbol) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "Priority")
    public record Priority(String ref, String programmeRef, String planRef, String title, String lead, String judgementArea,
            List<String> recommendationRefs, String source, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "Action")
    public record Action(String ref, String priorityRef, String title, String description, Owner owner,
            LocalDate startDate, LocalDate dueDate, LocalDate originalDueDate, String revisedDueReason, String status,
            BigDecimal percentComplete, String rag, String derivedRag, String ragOverride, String ragOverrideReason,
            Boolean overdue, List<String> evidenceLinks, List<String> successMeasures, List<String> kpiCodes,
            LatestProgress latestProgress, String source, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ActionOwner")
    public record Owner(String name, String team) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "LatestProgress")
    public record LatestProgress(LocalDate date, @PersonalData String author, String narrative, String rag,
            BigDecimal percentComplete) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ProgressUpdate")
    public record ProgressUpdate(String actionRef, LocalDate date, @PersonalData String author, String narrative,
            String rag, BigDecimal percentComplete, Instant recordedAt) {
    }

    /** One value of a KPI's series, as far as a trend chart needs it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KpiPoint(String periodLabel, LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {
    }

    /** A KPI's values, oldest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KpiSeries(List<KpiPoint> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "PlanTimelineEntry")
    public record TimelineEntry(LocalDate date, String type, String ref, String title, String summary) {
    }
}
