package uk.csit.tracker.gateway.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.csit.tracker.gateway.client.PlanDtos.Action;

/**
 * The monthly pack for the improvement board, as at a day and compared with an earlier one: the same pictures the API
 * gives (/status as at each day, the merged timeline), and the actions that need the board's attention.
 *
 * @param sinceBasis what the earlier day is: the last board meeting, the last DfE review, or the day asked for
 * @param exceptions the red and the overdue actions, red first; null when they cannot be listed (the plan service
 *     did not answer, or the pack is of a past day: actions are not kept as at a day)
 * @param redActions how many actions are red, listed or not (an action can be red and overdue)
 * @param overdueActions how many actions are overdue, listed or not
 * @param upcoming milestones, board meetings, reviews and visits in the three months after asOf
 * @param timelineAvailable false when a service did not give its timeline (upcoming is then incomplete)
 */
public record BoardPack(LocalDate asOf, LocalDate since, SinceBasis sinceBasis, Instant madeAt, StatusView now,
        StatusView then, ChangesSince changes, List<Action> exceptions, long redActions, long overdueActions,
        List<TimelineService.Entry> upcoming, boolean timelineAvailable) {

    /** Why the pack compares with the day it does. */
    public enum SinceBasis {
        ASKED("the day asked for"),
        LAST_BOARD_MEETING("the last board meeting"),
        LAST_DFE_REVIEW("the last DfE review"),
        A_MONTH_BEFORE("a month before, as no board meeting or DfE review is recorded before it");

        private final String words;

        SinceBasis(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean degraded() {
        return now.degraded() || then.degraded() || !timelineAvailable;
    }

    /**
     * Where the improvement stands on a day, and the earlier day it is to be compared with: what the overview shows,
     * and the pack without its comparison (the earlier day's picture is read only for the pack).
     */
    public record Position(LocalDate asOf, LocalDate since, SinceBasis sinceBasis, StatusView now,
            List<Action> exceptions, long redActions, long overdueActions, List<TimelineService.Entry> upcoming,
            boolean timelineAvailable) {

        public boolean degraded() {
            return now.degraded() || !timelineAvailable;
        }
    }

    /** The pack of a position, compared with the picture of its earlier day. */
    static BoardPack of(Position position, StatusView then, Instant madeAt) {
        return new BoardPack(position.asOf(), position.since(), position.sinceBasis(), madeAt, position.now(), then,
                ChangesSince.between(then, position.now()), position.exceptions(), position.redActions(),
                position.overdueActions(), position.upcoming(), position.timelineAvailable());
    }
}
