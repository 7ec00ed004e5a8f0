package uk.csit.tracker.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Vetoed;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.config.WebhookConfig;
import uk.csit.tracker.gateway.store.WebhookStore;

/**
 * How the follower paces itself: within a turn, again at the busy interval while reads owe deliveries, and no longer;
 * from turn to turn, every turn while a subscription is active and once an idle interval while none is.
 */
class FeedFollowerTest {

    /**
     * A follower whose reads owe deliveries or not as scripted, counting them; the busy interval is a millisecond.
     * Not a bean of the gateway's tests (the scope it inherits would make it one).
     */
    @Vetoed
    static class Scripted extends FeedFollower {
        static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
        final Deque<Boolean> owes;
        int reads;
        boolean subscribed = true;
        int asked;
        Runnable atEachRead = () -> { };

        Scripted(List<Boolean> owes) {
            this.owes = new ArrayDeque<>(owes);
            clock = Clock.fixed(START, ZoneOffset.UTC);
            config = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(),
                    new Class<?>[] {WebhookConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "busyPollInterval" -> Duration.ofMillis(1);
                        case "idlePollInterval" -> Duration.ofSeconds(60);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        /** A turn of the scheduler this many seconds after the first. */
        void turnAt(long seconds) {
            clock = Clock.fixed(START.plusSeconds(seconds), ZoneOffset.UTC);
            follow();
        }

        @Override
        boolean anySubscription() {
            asked++;
            return subscribed;
        }

        @Override
        boolean followAndSend() {
            reads++;
            atEachRead.run();
            return owes.isEmpty() || owes.poll();
        }
    }

    @Test
    void whileReadsOweDeliveriesTheFeedIsReadAgainAndTheFirstReadThatOwesNoneEndsTheFollow() {
        Scripted follower = new Scripted(List.of(true, true, true, false, true));
        follower.follow();
        assertEquals(4, follower.reads);
    }

    @Test
    void aReadThatOwesNothingIsTheTurnsOnlyRead() {
        Scripted follower = new Scripted(List.of(false, true));
        follower.follow();
        assertEquals(1, follower.reads);
    }

    @Test
    void aFollowKeptGoingByAStreamOfChangesEndsWhenTheGatewayStops() {
        Scripted follower = new Scripted(List.of());
        follower.atEachRead = () -> {
            if (follower.reads == 3) {
                follower.stop(null);
            }
        };
        follower.follow();
        assertEquals(3, follower.reads);
    }

    @Test
    void withNoSubscriptionTheFeedsAreReadAtTheFirstTurnAndThenOnceAnIdleInterval() {
        Scripted follower = new Scripted(List.of());
        follower.subscribed = false;
        follower.owes.addAll(List.of(false, false, false));
        follower.turnAt(0);
        assertEquals(1, follower.reads, "the first turn reads");
        follower.turnAt(1);
        follower.turnAt(59);
        assertEquals(1, follower.reads, "no subscription, and less than the idle interval since the last read");
        follower.turnAt(60);
        assertEquals(2, follower.reads, "the idle interval has passed");
        follower.turnAt(61);
        assertEquals(2, follower.reads);
    }

    @Test
    void aSubscriptionMadeBetweenTurnsIsFollowedFromTheNextTurnOnEveryTurn() {
        Scripted follower = new Scripted(List.of(false, false, false, false));
        follower.subscribed = false;
        follower.turnAt(0);
        follower.turnAt(1);
        assertEquals(1, follower.reads);
        follower.subscribed = true;
        follower.turnAt(2);
        follower.turnAt(3);
        follower.turnAt(4);
        assertEquals(4, follower.reads, "every turn while a subscription is active");
        follower.subscribed = false;
        follower.turnAt(5);
        assertEquals(4, follower.reads, "the last subscription removed: idle again");
    }

    @Test
    void theDatabaseIsAskedOnlyWhenTheClockHasNotDecided() {
        Scripted follower = new Scripted(List.of());
        follower.subscribed = false;
        assertTrue(follower.dueToRead(), "the first turn");
        assertEquals(0, follower.asked);
        follower.clock = Clock.fixed(Scripted.START.plusSeconds(1), ZoneOffset.UTC);
        assertFalse(follower.dueToRead());
        assertEquals(1, follower.asked);
        follower.clock = Clock.fixed(Scripted.START.plusSeconds(61), ZoneOffset.UTC);
        assertTrue(follower.dueToRead(), "the idle interval has passed");
        assertEquals(1, follower.asked);
    }

    /** A sender that only counts how often the follower wakes it. */
    @Vetoed
    static class CountingSender extends DeliverySender {
        int wakes;

        @Override
        public void wake() {
            wakes++;
        }
    }

    /** A follower whose slices owe deliveries or not as scripted (the last one scripted has nothing more after it). */
    @Vetoed
    static class ScriptedSlices extends FeedFollower {
        final Deque<Boolean> slices;
        final CountingSender counting = new CountingSender();
        int read;

        ScriptedSlices(List<Boolean> slices) {
            this.slices = new ArrayDeque<>(slices);
            sender = counting;
        }

        @Override
        Slice followOnce() {
            read++;
            return new Slice(slices.poll(), !slices.isEmpty());
        }
    }

    @Test
    void slicesThatOweNothingAreReadOnToTheHeadsInOneTurn() {
        List<Boolean> backlog = new ArrayList<>(Collections.nCopies(40, false));
        ScriptedSlices follower = new ScriptedSlices(backlog);
        assertFalse(follower.followAndSend());
        assertEquals(40, follower.read, "a backlog owing nothing is passed over at once, not ten slices a turn");
        assertEquals(0, follower.counting.wakes);
    }

    @Test
    void onceASliceOwesTheTurnReadsAtMostTenBeforeSending() {
        List<Boolean> slices = new ArrayList<>(Collections.nCopies(5, false));
        slices.addAll(Collections.nCopies(30, true));
        ScriptedSlices follower = new ScriptedSlices(slices);
        assertTrue(follower.followAndSend());
        assertEquals(15, follower.read, "five that owed nothing, then ten that owed");
        assertEquals(1, follower.counting.wakes, "what they owed is sent at once");
    }

    /** A store whose database cannot be reached. */
    @Vetoed
    static class UnreachableStore extends WebhookStore {
        @Override
        public boolean anyActiveSubscription() {
            throw new IllegalStateException("the gateway's database is not reachable");
        }
    }

    @Test
    void whenTheDatabaseCannotSayWhetherAnyoneSubscribedTheTurnReads() {
        FeedFollower follower = new FeedFollower();
        follower.store = new UnreachableStore();
        assertTrue(follower.anySubscription(), "the read that follows fails and says why, as any failed read does");
    }
}
