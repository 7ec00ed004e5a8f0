package uk.csit.tracker.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.enterprise.inject.Vetoed;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.config.WebhookConfig;

/** How the sender deals a receiver's deliveries into lanes, and that a gateway has one run of it at a time. */
class DeliverySenderTest {

    @Test
    void aReceiversDeliveriesAreDealtIntoLanesTheEarliestFirstInEach() {
        assertEquals(List.of(List.of(1, 5, 9), List.of(2, 6, 10), List.of(3, 7), List.of(4, 8)),
                DeliverySender.lanes(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 4));
        assertEquals(List.of(List.of(1), List.of(2)), DeliverySender.lanes(List.of(1, 2), 4),
                "no empty lanes when fewer are owed");
        assertEquals(List.of(List.of(1, 2, 3)), DeliverySender.lanes(List.of(1, 2, 3), 0),
                "one lane at least, whatever is configured");
    }

    /** A sender whose rounds claim nothing, the first of them held open until the test lets it go. */
    @Vetoed
    static class HeldOpen extends DeliverySender {
        final CountDownLatch inFirstRound = new CountDownLatch(1);
        final CountDownLatch letGo = new CountDownLatch(1);
        final AtomicInteger rounds = new AtomicInteger();
        final AtomicInteger atOnce = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        HeldOpen() {
            config = (WebhookConfig) Proxy.newProxyInstance(WebhookConfig.class.getClassLoader(),
                    new Class<?>[] {WebhookConfig.class}, (proxy, method, args) -> {
                        if (method.getName().equals("batchSize")) {
                            return 200;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        int sendRound() {
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                if (rounds.incrementAndGet() == 1) {
                    inFirstRound.countDown();
                    letGo.await(10, TimeUnit.SECONDS);
                }
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } finally {
                atOnce.decrementAndGet();
            }
        }
    }

    @Test
    void aStartWhileARunIsUnderWayReturnsAtOnceAndThatRunGoesRoundAgain() throws Exception {
        HeldOpen sender = new HeldOpen();
        Thread first = Thread.ofVirtual().start(sender::sendDue);
        sender.inFirstRound.await(10, TimeUnit.SECONDS);

        assertTimeoutPreemptively(Duration.ofSeconds(5), sender::sendDue, "a second start does not wait for the run");
        assertEquals(1, sender.rounds.get(), "nor does it claim beside the run under way");

        sender.letGo.countDown();
        first.join(10_000);
        assertEquals(2, sender.rounds.get(), "the run under way claimed once more for the start that came during it");
        assertEquals(1, sender.mostAtOnce.get(), "one run at a time");
    }
}
