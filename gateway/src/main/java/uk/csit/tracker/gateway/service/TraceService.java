package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.client.FinanceClient;
import uk.csit.tracker.gateway.client.FinanceDtos.Allocation;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.InspectionDtos.Finding;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.PlanDtos.Action;
import uk.csit.tracker.gateway.client.PlanDtos.Priority;
import uk.csit.tracker.gateway.client.Reads;
import uk.csit.tracker.gateway.client.RecordNotFound;
import uk.csit.tracker.gateway.client.ServiceRefused;
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
            @Schema(description = "The recommendation as the inspection service holds it, with its status history.")
            Finding recommendation,
            @Schema(description = "The plan's priorities that answer the recommendation.", nullable = true)
            List<Priority> priorities,
            @Schema(description = "The actions under those priorities, each with its RAG and latest progress update.",
                    nullable = true) List<Action> actions,
            @Schema(description = "The allocations for those priorities, with spend and forecast.", nullable = true)
            List<Allocation> allocations,
            @Schema(description = "Findings of monitoring visits after the recommendation's inspection on the same"
                    + " judgement area.", nullable = true) List<Finding> laterMonitoringFindings) {
    }

    /**
     * The trace of a recommendation. The recommendation itself must be read: not there is 404, a request the
     * inspection service refuses is passed back as it refused it ({@link ServiceRefused}), and a service that cannot
     * be read is 503. Every other section is read in parallel and left out (UNAVAILABLE) if it cannot be.
     */
    public Trace trace(String ref, Caller caller) {
        return trace(ref, caller, null);
    }

    /**
     * The trace as it stood at the end of a day (now when {@code asOf} is null): the recommendation's status from its
     * history up to that day, and the plan's priorities and actions as the plan service rebuilds them for that day. The
     * allocations are the finance service's as they are now: it keeps no history of single allocations.
     */
    public Trace trace(String ref, Caller caller, java.time.LocalDate asOf) {
        Finding recommendation = asOf == null ? recommendation(ref, caller)
                : RecommendationAsAt.asItStood(recommendation(ref, caller), asOf);
        var priorities = aggregator.start("plan-service",
                () -> Reads.every("priorities", page -> plan.priorities(ref, asOf, page, caller)));
        var actions = aggregator.start("plan-service",
                () -> Reads.every("actions", page -> plan.actions(ref, asOf, page, caller)));
        String area = recommendation.area();
        CompletableFuture<Outcome<List<Finding>>> later = area == null ? aggregator.done(List.of())
                : aggregator.start("inspection-service", () -> Reads.every("findings",
                        page -> inspection.findings(null, area, "MONITORING_VISIT", page, caller)));
        Outcome<List<Priority>> p = priorities.join();
        Outcome<List<Action>> a = actions.join();
        Outcome<List<Finding>> m = later.join();
        Outcome<List<Allocation>> f;
        if (!p.ok()) {
            f = Outcome.unavailable();
        } else {
            List<String> refs = p.data().stream().map(Priority::ref).toList();
            f = refs.isEmpty() ? aggregator.<List<Allocation>>done(List.of()).join()
                    : aggregator.start("finance-service",
                            () -> Reads.every("allocations", page -> finance.allocations(refs, page, caller))).join();
        }
        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        sources.put("inspection", m.state());
        sources.put("plan", p.ok() && a.ok() ? p.state() : Outcome.unavailable().state());
        sources.put("finance", f.state());
        boolean degraded = sources.values().stream().anyMatch(s -> !Outcome.SourceState.OK.equals(s.state()));
        return new Trace(clock.instant(), degraded, sources, recommendation,
                p.data(), a.data(), f.data(), m.ok() ? laterThan(m.data(), recommendation) : null);
    }

    private Finding recommendation(String ref, Caller caller) {
        Finding found;
        try {
            found = inspection.finding(ref, caller);
        } catch (RecordNotFound e) {
            throw ProblemException.notFound("recommendation", ref);
        } catch (ServiceRefused refused) {
            throw refused;
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The inspection service "
                    + (e instanceof CircuitBreakerOpenException ? "is not answering" : "could not be read")
                    + "; the recommendation cannot be read just now.", List.of(), Map.of("Retry-After", "5"));
        }
        if (found == null || !"RECOMMENDATION".equals(found.type())) {
            throw new ProblemException(ProblemType.NOT_FOUND, "'" + ref + "' is a "
                    + (found == null || found.type() == null ? "finding" : found.type()) + ", not a recommendation.");
        }
        return found;
    }

    private static List<Finding> laterThan(List<Finding> findings, Finding recommendation) {
        if (recommendation.inspectionStartDate() == null) {
            return findings;
        }
        return findings.stream().filter(f -> f.inspectionStartDate() != null
                && f.inspectionStartDate().isAfter(recommendation.inspectionStartDate())).toList();
    }
}
