package uk.csit.tracker.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.Vetoed;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.config.WebhookConfig;

/** How one scheduled follow paces itself: again at the busy interval while reads owe deliveries, and no longer. */
class FeedFollowerTest {

    /**
     * A follower whose reads owe deliveries or not as scripted, counting them; the busy interval is a millisecond.
     * Not a bean of the gateway's tests (the scope it inherits would make it one).
     */
    @Vetoed
    static class Scripted extends FeedFollower {
        final Deque<Boolean> owes;
        int reads;
        Runnable atEachRead = () -> { };

        Scripted(List<Boolean> owes) {
            this.owes = new ArrayDeque<>(owes);
            config = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(),
                    new Class<?>[] {WebhookConfig.class}, (proxy, method, args) -> {
                        if (method.getName().equals("busyPollInterval")) {
                            return Duration.ofMillis(1);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
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
}
