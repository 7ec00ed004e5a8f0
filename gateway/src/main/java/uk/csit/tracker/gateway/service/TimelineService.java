package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.Reads;
import uk.csit.tracker.kit.paging.PageRequest;

/** One timeline from the inspection service's and the plan service's, merged in date order. */
@ApplicationScoped
public class TimelineService {

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::date)
            .thenComparing(Entry::source).thenComparing(Entry::type).thenComparing(e -> e.ref() == null ? "" : e.ref());

    @Inject
    Aggregator aggregator;

    @Inject
    InspectionClient inspection;

    @Inject
    PlanClient plan;

    @Inject
    Clock clock;

    @Schema(name = "MergedTimelineEntry", description = "One dated event, from the service that holds it.")
    public record Entry(
            @Schema(description = "The day it happened or is due (first day for a visit that lasted several).",
                    example = "2025-09-16") LocalDate date,
            @Schema(description = "The last day, for events that lasted more than one day.", nullable = true,
                    example = "2025-09-17") LocalDate endDate,
            @Schema(description = "How exact the date is, where the source knows it is approximate (DAY, MONTH, YEAR).",
                    nullable = true, example = "DAY") String datePrecision,
            @Schema(description = "What happened: INSPECTION, MONITORING_VISIT, FOCUSED_VISIT, INTERVENTION,"
                    + " INTERVENTION_LIFTED, DFE_REVIEW (inspection service); BOARD_MEETING, MILESTONE (plan service).",
                    example = "MONITORING_VISIT") String type,
            @Schema(description = "The ref of the record in its service.", example = "MV-2025-09") String ref,
            @Schema(description = "A short title.", example = "Third monitoring visit") String title,
            @Schema(description = "A line of detail.", nullable = true, example = "Good progress in the areas visited.")
            String summary,
            @Schema(description = "The service that holds the record.", enumeration = {"inspection", "plan"},
                    example = "inspection") String source) {
    }

    @Schema(name = "MergedTimeline", description = "A page of the merged timeline. When a service does not answer its"
            + " entries are missing, its source is UNAVAILABLE and degraded is true.")
    public record Timeline(
            @Schema(description = "When the gateway assembled this answer.") Instant asAt,
            @Schema(description = "True when any source is UNAVAILABLE.") boolean degraded,
            @Schema(description = "Each source's state (inspection, plan) and when its data was read.")
            Map<String, Outcome.SourceState> sources,
            @Schema(description = "The entries on this page, in date order.") List<Entry> items,
            @Schema(description = "This page's number, from 0.", example = "0") int page,
            @Schema(description = "The page size asked for.", example = "50") int size,
            @Schema(description = "How many entries there are across all pages.", example = "23") long totalItems) {
    }

    public Timeline timeline(LocalDate from, LocalDate to, PageRequest request, Caller caller) {
        CompletableFuture<Outcome<List<Entry>>> inspections = aggregator.start("inspection-service",
                () -> Reads.every("timeline", page -> inspection.timeline(from, to, page, caller)).stream()
                        .map(e -> new Entry(e.date(), e.endDate(), e.datePrecision(), e.type(), e.ref(), e.title(),
                                e.summary(), "inspection")).toList());
        CompletableFuture<Outcome<List<Entry>>> plans = aggregator.start("plan-service",
                () -> Reads.every("timeline", page -> plan.timeline(from, to, page, caller)).stream()
                        .map(e -> new Entry(e.date(), null, null, e.type(), e.ref(), e.title(), e.summary(), "plan"))
                        .toList());
        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        List<Entry> all = new ArrayList<>();
        add("inspection", inspections.join(), from, to, sources, all);
        add("plan", plans.join(), from, to, sources, all);
        all.sort(ORDER);
        boolean degraded = sources.values().stream().anyMatch(s -> !Outcome.SourceState.OK.equals(s.state()));
        int first = (int) Math.min((long) request.page() * request.size(), all.size());
        int last = Math.min(first + request.size(), all.size());
        return new Timeline(clock.instant(), degraded, sources, List.copyOf(all.subList(first, last)), request.page(),
                request.size(), all.size());
    }

    private static void add(String source, Outcome<List<Entry>> outcome, LocalDate from, LocalDate to,
            Map<String, Outcome.SourceState> sources, List<Entry> all) {
        if (!outcome.ok() || outcome.data().stream().anyMatch(e -> e.date() == null || e.type() == null)) {
            sources.put(source, Outcome.unavailable().state());
            return;
        }
        sources.put(source, outcome.state());
        for (Entry entry : outcome.data()) {
            // The services filter by from/to already; the gateway holds to the same range whatever they do.
            if ((from == null || !entry.date().isBefore(from)) && (to == null || !entry.date().isAfter(to))) {
                all.add(entry);
            }
        }
    }
}
