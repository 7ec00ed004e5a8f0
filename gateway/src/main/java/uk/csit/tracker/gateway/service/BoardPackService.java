package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.PlanDtos.Action;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;

/** Puts the board pack together from the gateway's own aggregates, read as the caller. */
@ApplicationScoped
public class BoardPackService {

    /** How far ahead "coming up" looks: the quarter until the next but two monthly boards. */
    static final int UPCOMING_DAYS = 92;
    /** How far back the last board meeting or DfE review is looked for. */
    static final int LOOK_BACK_DAYS = 366;
    /** The timeline's entries a pack reads at most (a year and a quarter of one council's dated events). */
    static final int TIMELINE_ENTRIES = 1_000;

    private static final Set<String> UPCOMING_TYPES = Set.of("MILESTONE", "BOARD_MEETING", "DFE_REVIEW",
            "MONITORING_VISIT", "FOCUSED_VISIT", "INSPECTION");

    @Inject
    StatusService status;

    @Inject
    TimelineService timeline;

    @Inject
    PlanClient plan;

    @Inject
    Aggregator aggregator;

    @Inject
    Clock clock;

    /**
     * The pack as at a day (today when null), compared with since (when null: the last board meeting before asOf,
     * else the last DfE review, else a month before).
     */
    public BoardPack pack(Caller caller, LocalDate asOf, LocalDate since) {
        BoardPack.Position position = position(caller, asOf, since);
        return BoardPack.of(position, status.status(caller, position.since()), clock.instant());
    }

    /** Where the improvement stands on a day (today when null), and the day to compare it with, as for the pack. */
    public BoardPack.Position position(Caller caller, LocalDate asOf, LocalDate since) {
        LocalDate today = LocalDate.now(clock.withZone(QueryValues.ENGLAND));
        LocalDate day = asOf == null ? today : asOf;
        if (since != null && !since.isBefore(day)) {
            throw ProblemException.invalid("since", "must be before asOf (" + day + ")");
        }
        TimelineService.Timeline around = timeline.timeline(day.minusDays(LOOK_BACK_DAYS), day.plusDays(UPCOMING_DAYS),
                new PageRequest(0, TIMELINE_ENTRIES), caller);
        BoardPack.SinceBasis basis = BoardPack.SinceBasis.ASKED;
        LocalDate from = since;
        if (from == null) {
            Optional<TimelineService.Entry> meeting = lastBefore(around, "BOARD_MEETING", day);
            Optional<TimelineService.Entry> review = lastBefore(around, "DFE_REVIEW", day);
            if (meeting.isPresent()) {
                basis = BoardPack.SinceBasis.LAST_BOARD_MEETING;
                from = meeting.get().date();
            } else if (review.isPresent()) {
                basis = BoardPack.SinceBasis.LAST_DFE_REVIEW;
                from = review.get().date();
            } else {
                basis = BoardPack.SinceBasis.A_MONTH_BEFORE;
                from = day.minusMonths(1);
            }
        }
        StatusView now = status.status(caller, day);
        List<TimelineService.Entry> upcoming = around.items().stream()
                .filter(e -> e.date().isAfter(day) && UPCOMING_TYPES.contains(e.type())).toList();
        Exceptions exceptions = day.equals(today) ? exceptions(caller) : null;
        long red = exceptions != null ? exceptions.red()
                : now.plan() == null || now.plan().byRag() == null ? 0 : valueOf(now.plan().byRag().get("RED"));
        long overdue = exceptions != null ? exceptions.overdue() : now.plan() == null ? 0 : valueOf(now.plan().overdue());
        return new BoardPack.Position(day, from, basis, now, exceptions == null ? null : exceptions.actions(), red,
                overdue, upcoming, !around.degraded());
    }

    private record Exceptions(List<Action> actions, long red, long overdue) {
    }

    /** The red actions then the other overdue ones, soonest due first, from one page of each. */
    private Exceptions exceptions(Caller caller) {
        CompletableFuture<Outcome<Page<Action>>> red = aggregator.start("plan-service",
                () -> plan.actionsWhere("RED", null, 0, caller));
        CompletableFuture<Outcome<Page<Action>>> overdue = aggregator.start("plan-service",
                () -> plan.actionsWhere(null, true, 0, caller));
        Outcome<Page<Action>> reds = red.join();
        Outcome<Page<Action>> lates = overdue.join();
        if (!reds.ok() || !lates.ok()) {
            return null;
        }
        Map<String, Action> byRef = new LinkedHashMap<>();
        reds.data().items().forEach(a -> byRef.put(a.ref(), a));
        lates.data().items().forEach(a -> byRef.putIfAbsent(a.ref(), a));
        List<Action> actions = new ArrayList<>(byRef.values());
        actions.sort(Comparator.comparing((Action a) -> !"RED".equals(a.rag()))
                .thenComparing(Action::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Action::ref));
        return new Exceptions(actions, reds.data().totalItems(), lates.data().totalItems());
    }

    private static Optional<TimelineService.Entry> lastBefore(TimelineService.Timeline timeline, String type,
            LocalDate day) {
        return timeline.items().stream().filter(e -> type.equals(e.type()) && e.date().isBefore(day))
                .max(Comparator.comparing(TimelineService.Entry::date));
    }

    private static long valueOf(Long value) {
        return value == null ? 0 : value;
    }
}
