package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole picture, in one answer. */
@Schema(name = "Status", description = "The improvement picture in one call. Each section comes from one service; a"
        + " section whose service did not answer in time is null, its source is UNAVAILABLE and degraded is true.")
public record StatusView(
        @Schema(description = "When the gateway assembled this answer.") Instant asAt,
        @Schema(description = "True when any source is UNAVAILABLE.") boolean degraded,
        @Schema(description = "Each source's state and the time its data was read: inspection, plan, finance.")
        Map<String, Outcome.SourceState> sources,
        @Schema(description = "The council (from inspections).", nullable = true) JsonNode localAuthority,
        @Schema(description = "The latest graded judgement per area, with the inspection it came from.", nullable = true)
        JsonNode currentJudgements,
        @Schema(description = "The open DfE intervention with its oversight roles, last review and next review due.",
                nullable = true) JsonNode openIntervention,
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
        JsonNode recommendationsByStatus,
        @Schema(description = "Actions by status and RAG, overdue, and the approved plan.", nullable = true) Plan plan,
        @Schema(description = "Each KPI's latest value against target.", nullable = true) JsonNode kpiHeadlines,
        @Schema(description = "Money: the current financial year and every recorded year.", nullable = true)
        JsonNode finance,
        @Schema(description = "The day this picture is as at, when one was asked for (asOf); absent for now.")
        LocalDate asOf) {

    @Schema(name = "StatusMonitoringVisits")
    public record MonitoringVisits(@Schema(nullable = true) JsonNode last, @Schema(nullable = true) JsonNode next,
            long count) {
    }

    @Schema(name = "StatusRecommendation")
    public record Recommendation(String ref, String inspectionRef, String text, boolean textPending, String area,
            String status, String statusDate, @Schema(nullable = true) JsonNode plan) {
    }

    @Schema(name = "StatusPlan")
    public record Plan(@Schema(nullable = true) JsonNode plan, long totalActions, JsonNode byStatus, JsonNode byRag,
            long overdue,
            @Schema(description = "Each priority's roll-up, in ref order: all of them when there are at most 50, else"
                    + " the 50 most in need (RED, then AMBER, NOT_ASSESSED, no actions yet, GREEN, COMPLETE). Every"
                    + " priority is at /api/v1/priorities.")
            JsonNode priorities,
            @Schema(description = "How many priorities the plan has, listed or not.") long prioritiesTotal) {
    }
}
