package uk.csit.tracker.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.service.EventTypes;
import uk.csit.tracker.gateway.service.RetrySchedule;

/** When a failed delivery is tried again, and which events a subscription wants. */
class RetryScheduleTest {

    static final Instant OWED = Instant.parse("2025-10-01T09:00:00Z");
    final RetrySchedule noJitter = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24), () -> 0);

    @Test
    void waitsDoubleFromTheFirstRetryUpToTheLongest() {
        assertEquals(Optional.of(OWED.plusSeconds(10)), noJitter.next(1, OWED, OWED));
        assertEquals(Optional.of(OWED.plusSeconds(20)), noJitter.next(2, OWED, OWED));
        assertEquals(Optional.of(OWED.plusSeconds(40)), noJitter.next(3, OWED, OWED));
        assertEquals(Optional.of(OWED.plusSeconds(3600)), noJitter.next(12, OWED, OWED));
        assertEquals(Optional.of(OWED.plusSeconds(3600)), noJitter.next(500, OWED, OWED));
    }

    @Test
    void jitterStretchesAWaitByAtMostAFifth() {
        RetrySchedule most = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24), () -> 0.999);
        Instant next = most.next(2, OWED, OWED).orElseThrow();
        assertTrue(!next.isBefore(OWED.plusSeconds(20)) && !next.isAfter(OWED.plusSeconds(24)), next.toString());
    }

    @Test
    void nothingIsTriedAfterTheWindowFromTheChange() {
        Instant late = OWED.plus(Duration.ofHours(23)).plusSeconds(30 * 60 + 1);
        assertEquals(Optional.empty(), noJitter.next(30, OWED, late), "an hour's wait would end past 24 h");
        assertTrue(noJitter.next(30, OWED, OWED.plus(Duration.ofHours(22))).isPresent());
    }

    @Test
    void eventTypesNameACollectionAndAnOperationWithWildcards() {
        assertEquals("uk.csit.tracker.actions.updated", EventTypes.of("actions", "UPDATE"));
        assertEquals("uk.csit.tracker.findings.created", EventTypes.of("findings", "CREATE"));
        assertTrue(EventTypes.wanted(List.of("uk.csit.tracker.actions.*"), "uk.csit.tracker.actions.deleted"));
        assertTrue(EventTypes.wanted(List.of("uk.csit.tracker.*.created"), "uk.csit.tracker.findings.created"));
        assertTrue(EventTypes.wanted(List.of("*"), "uk.csit.tracker.spend.created"));
        assertTrue(!EventTypes.wanted(List.of("uk.csit.tracker.actions.created"), "uk.csit.tracker.actions.updated"));
        assertTrue(!EventTypes.wanted(List.of("uk.csit.tracker.allocations.*"), "uk.csit.tracker.actions.updated"));
        assertEquals(null, EventTypes.problem("uk.csit.tracker.actions.*"));
        assertEquals(null, EventTypes.problem("uk.csit.tracker.progress-updates.created"));
        assertTrue(EventTypes.problem("uk.csit.tracker.acions.*") != null);
        assertTrue(EventTypes.problem("uk.csit.tracker.actions.touched") != null);
    }
}
