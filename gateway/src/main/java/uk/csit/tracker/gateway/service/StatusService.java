package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import uk.csit.tracker.gateway.client.FinanceClient;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;

/** Builds /status from one summary call per service, made in parallel. */
@ApplicationScoped
public class StatusService {

    @Inject
    Aggregator aggregator;

    @Inject
    InspectionClient inspection;

    @Inject
    PlanClient plan;

    @Inject
    FinanceClient finance;

    @Inject
    Clock clock;

    public StatusView status(Caller caller) {
        return status(caller, null);
    }

    /** The picture now, or as it stood at the end of a day: each service answers its part as at that day. */
    public StatusView status(Caller caller, LocalDate asOf) {
        CompletableFuture<Outcome> inspections = aggregator.start("inspection-service", () -> inspection.summary(caller, asOf));
        CompletableFuture<Outcome> plans = aggregator.start("plan-service", () -> plan.summary(caller, asOf));
        CompletableFuture<Outcome> money = aggregator.start("finance-service", () -> finance.summary(caller, asOf));
        Outcome i = asAsked(inspections.join(), asOf);
        Outcome p = asAsked(plans.join(), asOf);
        Outcome f = asAsked(money.join(), asOf);

        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        sources.put("inspection", i.state());
        sources.put("plan", p.state());
        sources.put("finance", f.state());
        boolean degraded = !(i.ok() && p.ok() && f.ok());

        StatusView.MonitoringVisits visits = i.ok() ? new StatusView.MonitoringVisits(nullIfMissing(i.data(),
                "lastMonitoringVisit"), nullIfMissing(i.data(), "nextMonitoringVisit"),
                i.data().path("monitoringVisitCount").asLong()) : null;
        StatusView.Plan planPart = p.ok() ? new StatusView.Plan(nullIfMissing(p.data(), "plan"),
                p.data().path("totalActions").asLong(), p.data().path("byStatus"), p.data().path("byRag"),
                p.data().path("overdue").asLong(), p.data().path("priorities"),
                p.data().path("prioritiesTotal").asLong(p.data().path("priorities").size())) : null;
        return new StatusView(clock.instant(), degraded, sources,
                i.ok() ? i.data().path("localAuthority") : null,
                i.ok() ? i.data().path("currentJudgements") : null,
                i.ok() ? nullIfMissing(i.data(), "openIntervention") : null,
                visits,
                i.ok() ? recommendations(i.data(), p.ok() ? p.data() : null) : null,
                i.ok() ? i.data().path("recommendationsTotal").asLong(i.data().path("recommendations").size()) : null,
                i.ok() ? nullIfMissing(i.data(), "recommendationsByStatus") : null,
                planPart,
                p.ok() ? p.data().path("kpiHeadlines") : null,
                f.ok() ? f.data() : null,
                asOf);
    }

    /**
     * A service's part as at a day only if it says it is as at that day: a service that does not know
     * asOf would answer with today's position, which must not be shown as the past.
     */
    private static Outcome asAsked(Outcome outcome, LocalDate asOf) {
        if (asOf == null || !outcome.ok() || asOf.toString().equals(outcome.data().path("asOf").asText(null))) {
            return outcome;
        }
        Log.warnf("A service answered a summary as at %s without saying so; its part is left out", asOf);
        return Outcome.unavailable();
    }

    private static List<StatusView.Recommendation> recommendations(JsonNode inspections, JsonNode plan) {
        Map<String, JsonNode> rollups = new HashMap<>();
        if (plan != null) {
            plan.path("recommendations").forEach(r -> rollups.put(r.path("recommendationRef").asText(), r));
        }
        List<StatusView.Recommendation> out = new ArrayList<>();
        for (JsonNode r : inspections.path("recommendations")) {
            String ref = r.path("ref").asText();
            out.add(new StatusView.Recommendation(ref, r.path("inspectionRef").asText(null), r.path("text").asText(null),
                    r.path("textPending").asBoolean(), r.path("area").asText(null), r.path("status").asText(null),
                    r.path("statusDate").asText(null), plan == null ? null : rollups.get(ref)));
        }
        return out;
    }

    private static JsonNode nullIfMissing(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
