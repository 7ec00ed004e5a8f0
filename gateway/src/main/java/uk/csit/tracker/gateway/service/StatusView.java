package uk.csit.tracker.gateway.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.gateway.client.FinanceDtos.FinanceSummary;
import uk.csit.tracker.gateway.client.InspectionDtos.Intervention;
import uk.csit.tracker.gateway.client.InspectionDtos.Judgement;
import uk.csit.tracker.gateway.client.InspectionDtos.LocalAuthority;
import uk.csit.tracker.gateway.client.InspectionDtos.Visit;
import uk.csit.tracker.gateway.client.PlanDtos.KpiHeadline;
import uk.csit.tracker.gateway.client.PlanDtos.PlanHeadline;
import uk.csit.tracker.gateway.client.PlanDtos.PriorityRollup;
import uk.csit.tracker.gateway.client.PlanDtos.ProgrammeRollup;
import uk.csit.tracker.gateway.client.PlanDtos.RecommendationRollup;

/**
 * The whole picture, in one answer. Its sections are the services' records as they gave them (their own schemas in
 * the contract: the gateway's merge of the services' contracts puts the service's schema in place of the gateway's
 * reading of it).
 */
@Schema(name = "Status", description = "The improvement picture in one call. Each section comes from one service; a"
        + " section whose service did not answer in time is null, its source is UNAVAILABLE and degraded is true.")
public record StatusView(
        @Schema(description = "When the gateway assembled this answer.") Instant asAt,
        @Schema(description = "True when any source is UNAVAILABLE.") boolean degraded,
        @Schema(description = "Each source's state and the time its data was read: inspection, plan, finance.")
        Map<String, Outcome.SourceState> sources,
        @Schema(description = "The council (from inspections).", nullable = true) LocalAuthority localAuthority,
        @Schema(description = "The latest graded judgement per area, with the inspection it came from.", nullable = true)
        List<Judgement> currentJudgements,
        @Schema(description = "The open DfE intervention with its oversight roles, last review and next review due.",
                nullable = true) Intervention openIntervention,
        @Schema(nullable = true) MonitoringVisits monitoringVisits,
        @Schema(description = "The newest 50 recommendations (newest inspection first, then by ref; all of them when"
                + " there are no more), each with its status and, from the plan, the priorities that answer it and"
                + " their RAG roll-up (plan part null when the plan is unavailable). Every recommendation is at"
                + " /api/v1/findings?type=RECOMMENDATION, and its trace at /api/v1/recommendations/{ref}.",
                nullable = true)
        List<Recommendation> recommendations,
        @Schema(description = "How many recommendations there are, listed or not.", nullable = true)
        Long recommendationsTotal,
        @Schema(description = "How many recommendations stand at each status (OPEN, ADDRESSED, CLOSED), listed or not.",
                nullable = true)
        Map<String, Long> recommendationsByStatus,
        @Schema(description = "Actions by status and RAG, overdue, and the approved plan.", nullable = true) Plan plan,
        @Schema(description = "Each KPI's latest value against target.", nullable = true) List<KpiHeadline> kpiHeadlines,
        @Schema(description = "Money: the current financial year and every recorded year, as the finance service"
                + " gives it.", nullable = true) FinanceSummary finance,
        @Schema(description = "The day this picture is as at, when one was asked for (asOf); absent for now.")
        LocalDate asOf) {

    @Schema(name = "StatusMonitoringVisits")
    public record MonitoringVisits(@Schema(nullable = true) Visit last, @Schema(nullable = true) Visit next, Long count) {
    }

    @Schema(name = "StatusRecommendation")
    public record Recommendation(String ref, String inspectionRef, String text, boolean textPending, String area,
            String status, LocalDate statusDate,
            @Schema(nullable = true, description = "The plan's roll-up for it; null when the plan is unavailable or no"
                    + " priority answers it.") RecommendationRollup plan) {
    }

    @Schema(name = "StatusPlan")
    public record Plan(@Schema(nullable = true) PlanHeadline plan, Long totalActions, Map<String, Long> byStatus,
            Map<String, Long> byRag, Long overdue,
            @Schema(description = "Each priority's roll-up, in ref order: all of them when there are at most 50, else"
                    + " the 50 most in need (RED, then AMBER, NOT_ASSESSED, no actions yet, GREEN, COMPLETE). Every"
                    + " priority is at /api/v1/priorities.")
            List<PriorityRollup> priorities,
            @Schema(description = "How many priorities the plan has, listed or not.") long prioritiesTotal,
            @Schema(description = "Each programme's roll-up (the improvement plan and any reform beside it), in ref"
                    + " order; null from a plan service that does not give them.", nullable = true)
            List<ProgrammeRollup> programmes) {
    }
}
