package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.gateway.client.FinanceClient;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;
import uk.csit.tracker.gateway.client.ServiceClient.Query;
import uk.csit.tracker.gateway.client.ServiceUnavailable;
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
            + " what later monitoring visits found on its judgement area. A section whose service did not answer is null"
            + " and its source UNAVAILABLE.")
    public record Trace(Instant asAt, boolean degraded, Map<String, Outcome.SourceState> sources, JsonNode recommendation,
            @Schema(nullable = true) JsonNode priorities, @Schema(nullable = true) JsonNode actions,
            @Schema(nullable = true) JsonNode allocations,
            @Schema(description = "Findings of later monitoring visits on the same judgement area.", nullable = true)
            JsonNode laterMonitoringFindings) {
    }

    public Trace trace(String ref, Caller caller) {
        JsonNode recommendation;
        try {
            recommendation = inspection.one("findings", ref, caller)
                    .orElseThrow(() -> ProblemException.notFound("recommendation", ref));
        } catch (ServiceUnavailable | org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The inspection service is not answering; the recommendation cannot be read just now.",
                    List.of(), Map.of("Retry-After", "5"));
        }
        if (!"RECOMMENDATION".equals(recommendation.path("type").asText())) {
            throw new ProblemException(ProblemType.NOT_FOUND, "'" + ref + "' is a " + recommendation.path("type").asText()
                    + ", not a recommendation.");
        }
        var priorities = aggregator.start("plan-service", () -> plan.list("priorities",
                new Query(ref, null, null, null, 200, 0), caller));
        var actions = aggregator.start("plan-service", () -> plan.list("actions",
                new Query(ref, null, null, null, 200, 0), caller));
        String area = recommendation.path("area").asText(null);
        var later = area == null ? null : aggregator.start("inspection-service", () -> inspection.list("findings",
                new Query(null, null, area, "MONITORING_VISIT", 200, 0), caller));
        Outcome p = priorities.join();
        Outcome a = actions.join();
        Outcome m = later == null ? null : later.join();
        Outcome f = null;
        if (p.ok()) {
            List<String> refs = new ArrayList<>();
            p.data().path("items").forEach(item -> refs.add(item.path("ref").asText()));
            if (!refs.isEmpty()) {
                f = aggregator.start("finance-service", () -> finance.list("allocations",
                        new Query(null, refs, null, null, 200, 0), caller)).join();
            }
        }
        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        sources.put("inspection", m == null || m.ok() ? new Outcome.SourceState("OK", clock.instant()) : m.state());
        sources.put("plan", p.ok() && a.ok() ? p.state() : Outcome.unavailable().state());
        sources.put("finance", f == null ? new Outcome.SourceState(p.ok() ? "OK" : "UNAVAILABLE", p.ok() ? clock.instant()
                : null) : f.state());
        boolean degraded = sources.values().stream().anyMatch(s -> !"OK".equals(s.state()));
        return new Trace(clock.instant(), degraded, sources, recommendation,
                p.ok() ? p.data().path("items") : null, a.ok() ? a.data().path("items") : null,
                f == null ? (p.ok() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode() : null)
                        : f.ok() ? f.data().path("items") : null,
                m == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                        : m.ok() ? laterThan(m.data().path("items"), recommendation) : null);
    }

    private static JsonNode laterThan(JsonNode findings, JsonNode recommendation) {
        String since = recommendation.path("inspectionStartDate").asText("");
        var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        findings.forEach(f -> {
            if (f.path("inspectionStartDate").asText("").compareTo(since) > 0) {
                out.add(f);
            }
        });
        return out;
    }

    static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).filter(v -> !v.isNull()).map(JsonNode::asText);
    }
}
