package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.gateway.client.FinanceClient;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.Reply;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;
import uk.csit.tracker.gateway.client.ServiceClient.Query;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/** Traceability: a recommendation, what answers it, the money behind it, and what later visits found. */
@ApplicationScoped
public class TraceService {

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

    @Schema(name = "RecommendationTrace", description = "A recommendation traced through the plan to the money, and to"
            + " what later monitoring visits found on its judgement area. A section whose service did not answer is"
            + " null, its source UNAVAILABLE and degraded true.")
    public record Trace(@Schema(description = "When the gateway assembled this answer.") Instant asAt,
            @Schema(description = "True when any source is UNAVAILABLE.") boolean degraded,
            @Schema(description = "Each source's state (inspection, plan, finance) and when its data was read.")
            Map<String, Outcome.SourceState> sources,
            @Schema(description = "The recommendation as the inspection service holds it (a Finding), with its status"
                    + " history.") JsonNode recommendation,
            @Schema(description = "The plan's priorities that answer the recommendation (Priority items).",
                    nullable = true) JsonNode priorities,
            @Schema(description = "The actions under those priorities (Action items), each with its RAG and latest"
                    + " progress update.", nullable = true) JsonNode actions,
            @Schema(description = "The allocations for those priorities (Allocation items), with spend and forecast.",
                    nullable = true) JsonNode allocations,
            @Schema(description = "Findings of monitoring visits after the recommendation's inspection on the same"
                    + " judgement area (Finding items).", nullable = true) JsonNode laterMonitoringFindings) {
    }

    public Trace trace(String ref, Caller caller) {
        Reply found = inspection.one("findings", ref, caller);
        if (!found.answered()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The inspection service is not answering; the recommendation cannot be read just now.",
                    List.of(), Map.of("Retry-After", "5"));
        }
        if (!found.found()) {
            throw ProblemException.notFound("recommendation", ref);
        }
        JsonNode recommendation = found.body();
        if (!"RECOMMENDATION".equals(recommendation.path("type").asText())) {
            throw new ProblemException(ProblemType.NOT_FOUND, "'" + ref + "' is a "
                    + recommendation.path("type").asText("finding") + ", not a recommendation.");
        }
        var priorities = aggregator.start("plan-service",
                () -> plan.listAll("priorities", Query.all().recommendation(ref), caller));
        var actions = aggregator.start("plan-service",
                () -> plan.listAll("actions", Query.all().recommendation(ref), caller));
        String area = recommendation.path("area").asText(null);
        var later = area == null ? CompletableFuture.completedFuture(Outcome.ok(emptyList(), clock.instant()))
                : aggregator.start("inspection-service", () -> inspection.listAll("findings",
                        Query.all().area(area).inspectionType("MONITORING_VISIT"), caller));
        Outcome p = priorities.join();
        Outcome a = actions.join();
        Outcome m = later.join();
        Outcome f;
        if (!p.ok()) {
            f = Outcome.unavailable();
        } else {
            List<String> refs = new ArrayList<>();
            p.data().path("items").forEach(item -> refs.add(item.path("ref").asText()));
            f = refs.isEmpty() ? Outcome.ok(emptyList(), clock.instant())
                    : aggregator.start("finance-service", () -> finance.listAll("allocations",
                            Query.all().priorities(refs), caller)).join();
        }
        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        sources.put("inspection", m.state());
        sources.put("plan", p.ok() && a.ok() ? p.state() : Outcome.unavailable().state());
        sources.put("finance", f.state());
        boolean degraded = sources.values().stream().anyMatch(s -> !Outcome.SourceState.OK.equals(s.state()));
        return new Trace(clock.instant(), degraded, sources, recommendation,
                p.ok() ? p.data().path("items") : null,
                a.ok() ? a.data().path("items") : null,
                f.ok() ? f.data().path("items") : null,
                m.ok() ? laterThan(m.data().path("items"), recommendation) : null);
    }

    private static ObjectNode emptyList() {
        ObjectNode none = JsonNodeFactory.instance.objectNode();
        none.putArray("items");
        return none;
    }

    private static JsonNode laterThan(JsonNode findings, JsonNode recommendation) {
        String since = recommendation.path("inspectionStartDate").asText("");
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        findings.forEach(f -> {
            if (f.path("inspectionStartDate").asText("").compareTo(since) > 0) {
                out.add(f);
            }
        });
        return out;
    }
}
