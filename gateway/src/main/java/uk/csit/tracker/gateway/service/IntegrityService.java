package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
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

/**
 * References between services that do not resolve: a priority answering a recommendation the
 * inspection service does not hold, an allocation for a priority or action the plan does not hold.
 * A check whose sources did not all answer is reported as not run, never as clean.
 */
@ApplicationScoped
public class IntegrityService {

    public static final String PRIORITY_RECOMMENDATION = "PRIORITY_CITES_UNKNOWN_RECOMMENDATION";
    public static final String ALLOCATION_PRIORITY = "ALLOCATION_CITES_UNKNOWN_PRIORITY";
    public static final String ALLOCATION_ACTION = "ALLOCATION_CITES_UNKNOWN_ACTION";

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

    @Schema(name = "IntegrityProblem", description = "A reference held by one service that the other does not know.")
    public record Problem(
            @Schema(description = "Which check found it.", enumeration = {PRIORITY_RECOMMENDATION, ALLOCATION_PRIORITY,
                    ALLOCATION_ACTION}, example = PRIORITY_RECOMMENDATION) String check,
            @Schema(description = "The service holding the record that cites.", enumeration = {"plan", "finance"},
                    example = "plan") String source,
            @Schema(description = "The ref of the record that cites.", example = "P3") String ref,
            @Schema(description = "The ref it cites, which does not resolve.", example = "ILACS-2023-R9") String cites,
            @Schema(description = "The service that should hold the cited ref.", enumeration = {"inspection", "plan"},
                    example = "inspection") String target,
            @Schema(description = "What is wrong, in words.",
                    example = "Priority P3 answers recommendation ILACS-2023-R9, which the inspection service does not hold.")
            String detail) {
    }

    @Schema(name = "IntegrityCheck", description = "One cross-service check and whether it could be run.")
    public record Check(
            @Schema(description = "The check.", example = ALLOCATION_PRIORITY) String name,
            @Schema(description = "RUN when both its sources answered; NOT_RUN when one is UNAVAILABLE (then its"
                    + " problems are unknown, not absent).", enumeration = {"RUN", "NOT_RUN"}, example = "RUN")
            String state,
            @Schema(description = "How many references it examined.", example = "12") int examined,
            @Schema(description = "How many did not resolve.", example = "0") int unresolved) {
    }

    @Schema(name = "IntegrityReport", description = "Every reference between services that does not resolve, so that"
            + " data problems are visible instead of silently dropped. degraded is true when a source is UNAVAILABLE;"
            + " the checks needing it are then NOT_RUN.")
    public record Report(
            @Schema(description = "When the gateway assembled this answer.") Instant asAt,
            @Schema(description = "True when any source is UNAVAILABLE.") boolean degraded,
            @Schema(description = "Each source's state (inspection, plan, finance) and when its data was read.")
            Map<String, Outcome.SourceState> sources,
            @Schema(description = "Each check and whether it ran.") List<Check> checks,
            @Schema(description = "The references that do not resolve, by check, source and ref.") List<Problem> problems) {
    }

    public Report report(Caller caller) {
        CompletableFuture<Outcome<List<Finding>>> findings = aggregator.start("inspection-service",
                () -> Reads.every("findings", page -> inspection.findings("RECOMMENDATION", null, null, page, caller)));
        CompletableFuture<Outcome<List<Priority>>> priorities = aggregator.start("plan-service",
                () -> Reads.every("priorities", page -> plan.priorities(null, null, page, caller)));
        CompletableFuture<Outcome<List<Action>>> actions = aggregator.start("plan-service",
                () -> Reads.every("actions", page -> plan.actions(null, null, page, caller)));
        CompletableFuture<Outcome<List<Allocation>>> allocations = aggregator.start("finance-service",
                () -> Reads.every("allocations", page -> finance.allocations(null, page, caller)));

        Outcome<List<Finding>> f = findings.join();
        Outcome<List<Priority>> p = priorities.join();
        Outcome<List<Action>> a = actions.join();
        Outcome<List<Allocation>> m = allocations.join();
        Optional<List<Finding>> recommendations = Optional.ofNullable(f.data());
        Optional<List<Priority>> priorityList = Optional.ofNullable(p.data());
        Optional<List<Action>> actionList = Optional.ofNullable(a.data());
        Optional<List<Allocation>> allocationList = Optional.ofNullable(m.data());

        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        sources.put("inspection", recommendations.isPresent() ? f.state() : Outcome.unavailable().state());
        sources.put("plan", priorityList.isPresent() && actionList.isPresent() ? p.state() : Outcome.unavailable().state());
        sources.put("finance", allocationList.isPresent() ? m.state() : Outcome.unavailable().state());

        List<Check> checks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();

        if (recommendations.isPresent() && priorityList.isPresent()) {
            Set<String> known = recommendations.get().stream()
                    .filter(r -> r.type() == null || "RECOMMENDATION".equals(r.type()))
                    .map(Finding::ref).collect(Collectors.toSet());
            int examined = 0;
            int before = problems.size();
            for (Priority priority : priorityList.get()) {
                for (String cited : priority.recommendationRefs() == null ? List.<String>of() : priority.recommendationRefs()) {
                    examined++;
                    if (!known.contains(cited)) {
                        problems.add(new Problem(PRIORITY_RECOMMENDATION, "plan", priority.ref(), cited, "inspection",
                                "Priority " + priority.ref() + " answers recommendation " + cited
                                        + ", which the inspection service does not hold."));
                    }
                }
            }
            checks.add(new Check(PRIORITY_RECOMMENDATION, "RUN", examined, problems.size() - before));
        } else {
            checks.add(new Check(PRIORITY_RECOMMENDATION, "NOT_RUN", 0, 0));
        }

        if (allocationList.isPresent() && priorityList.isPresent()) {
            Set<String> known = priorityList.get().stream().map(Priority::ref).collect(Collectors.toSet());
            int examined = 0;
            int before = problems.size();
            for (Allocation allocation : allocationList.get()) {
                if (allocation.priorityRef() != null) {
                    examined++;
                    if (!known.contains(allocation.priorityRef())) {
                        problems.add(new Problem(ALLOCATION_PRIORITY, "finance", allocation.ref(), allocation.priorityRef(),
                                "plan", "Allocation " + allocation.ref() + " is for priority " + allocation.priorityRef()
                                        + ", which the plan service does not hold."));
                    }
                }
            }
            checks.add(new Check(ALLOCATION_PRIORITY, "RUN", examined, problems.size() - before));
        } else {
            checks.add(new Check(ALLOCATION_PRIORITY, "NOT_RUN", 0, 0));
        }

        if (allocationList.isPresent() && actionList.isPresent()) {
            Set<String> known = actionList.get().stream().map(Action::ref).collect(Collectors.toSet());
            int examined = 0;
            int before = problems.size();
            for (Allocation allocation : allocationList.get()) {
                if (allocation.actionRef() != null) {
                    examined++;
                    if (!known.contains(allocation.actionRef())) {
                        problems.add(new Problem(ALLOCATION_ACTION, "finance", allocation.ref(), allocation.actionRef(),
                                "plan", "Allocation " + allocation.ref() + " is for action " + allocation.actionRef()
                                        + ", which the plan service does not hold."));
                    }
                }
            }
            checks.add(new Check(ALLOCATION_ACTION, "RUN", examined, problems.size() - before));
        } else {
            checks.add(new Check(ALLOCATION_ACTION, "NOT_RUN", 0, 0));
        }

        problems.sort(Comparator.comparing(Problem::check).thenComparing(Problem::ref).thenComparing(Problem::cites));
        boolean degraded = sources.values().stream().anyMatch(s -> !Outcome.SourceState.OK.equals(s.state()));
        return new Report(clock.instant(), degraded, sources, checks, problems);
    }
}
