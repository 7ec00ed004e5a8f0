package uk.csit.tracker.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.Delivery;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.gateway.store.WebhookStore.DueDelivery;

/**
 * The sender's claim on due deliveries, against the real database with a clock of the test's own
 * (the scheduled sender is off in tests): a claimed delivery is leased, so no sender claims it again
 * until the lease ends, and an attempt is recorded only while the delivery is still the one claimed.
 * Times are in 2001, before anything other tests owe, so only this test's deliveries are due.
 */
@QuarkusTest
class DeliveryLeaseTest {

    private static final Instant T0 = Instant.parse("2001-01-01T09:00:00Z");
    private static final Duration PER_DELIVERY = Duration.ofSeconds(30);

    @Inject
    WebhookStore store;

    @Test
    void eachClaimIsLeasedForOneSendAndRenewedBeforeItAndAnAttemptOnACancelledDeliveryIsNotRecorded() {
        UUID hook = subscribeOwing(T0, "first", "second", "third");

        List<DueDelivery> claimed = store.claimDue(T0.plusSeconds(1), 10, PER_DELIVERY);
        assertEquals(List.of("first", "second", "third"), eventNames(claimed), "oldest due first");
        for (DueDelivery delivery : claimed) {
            assertEquals(T0.plusSeconds(1).plus(PER_DELIVERY), delivery.leaseUntil(), "each leased for one send");
        }
        assertEquals(List.of(), store.claimDue(T0.plusSeconds(20), 10, PER_DELIVERY), "leased: not claimed again");
        // Renewed just before it is sent: the claim holds on past its first lease.
        DueDelivery renewed = store.renew(claimed.get(0), T0.plusSeconds(25).plus(PER_DELIVERY)).orElseThrow();
        assertEquals(T0.plusSeconds(25).plus(PER_DELIVERY), renewed.leaseUntil());
        claimed = new java.util.ArrayList<>(claimed);
        claimed.set(0, renewed);

        assertTrue(store.attempted(claimed.get(0), "DELIVERED", null, 204, null, T0.plusSeconds(2)));
        assertTrue(store.remove(hook, T0.plusSeconds(3)));
        assertFalse(store.attempted(claimed.get(1), "PENDING", T0.plusSeconds(60), 503, "the receiver answered 503",
                null), "the webhook was removed while its delivery was in flight");

        Map<String, Delivery> log = deliveries(hook);
        assertEquals("DELIVERED", log.get(eventId(hook, "first")).state());
        assertEquals(1, log.get(eventId(hook, "first")).attempts());
        assertEquals("CANCELLED", log.get(eventId(hook, "second")).state(), "the cancellation stands");
        assertEquals(0, log.get(eventId(hook, "second")).attempts());
        assertEquals("CANCELLED", log.get(eventId(hook, "third")).state());
    }

    @Test
    void aDeliveryWhoseSenderDiedIsClaimedAgainWhenItsLeaseEndsAndTheLateAttemptIsNotRecorded() {
        Instant claimedAt = T0.plus(Duration.ofDays(1));
        UUID hook = subscribeOwing(claimedAt, "orphaned");
        DueDelivery first = single(store.claimDue(claimedAt, 10, PER_DELIVERY));

        assertEquals(List.of(), store.claimDue(first.leaseUntil().minusMillis(1), 10, PER_DELIVERY));
        DueDelivery again = single(store.claimDue(first.leaseUntil(), 10, PER_DELIVERY));
        assertEquals(first.id(), again.id());
        assertEquals(0, again.attempts(), "the lost attempt was never recorded");
        assertTrue(store.renew(first, first.leaseUntil().plus(PER_DELIVERY)).isEmpty(),
                "the first sender cannot renew a claim that is another's now");

        assertFalse(store.attempted(first, "DELIVERED", null, 204, null, first.leaseUntil()),
                "the first sender's lease is over: its late answer is not recorded over the second claim");
        assertTrue(store.attempted(again, "DELIVERED", null, 204, null, again.leaseUntil().minusSeconds(1)));
        Delivery delivered = deliveries(hook).get(eventId(hook, "orphaned"));
        assertEquals("DELIVERED", delivered.state());
        assertEquals(1, delivered.attempts());
    }

    /**
     * A lease's renewal and an attempt's record commit without waiting for the disk, and only they do: the connection
     * goes back to the pool as durable as it came, so what a read of the feeds owes next on it is written durably.
     */
    @Test
    void theLeaseAndTheAttemptLeaveTheirConnectionCommittingDurably() {
        Instant at = T0.plus(Duration.ofDays(2));
        UUID hook = subscribeOwing(at, "bookkept");
        DueDelivery renewed = store.renew(single(store.claimDue(at, 10, PER_DELIVERY)), at.plus(PER_DELIVERY))
                .orElseThrow();
        assertTrue(store.attempted(renewed, "DELIVERED", null, 204, null, at.plusSeconds(1)));
        assertEquals("DELIVERED", deliveries(hook).get(eventId(hook, "bookkept")).state());
        // The server's own setting, whatever it is (the tests' server does not wait for the disk at all): never one
        // the connection's session was left with.
        for (int i = 0; i < 5; i++) {
            assertFalse("session".equals(store.inTransaction(c -> {
                try (var show = c.createStatement(); var rs = show.executeQuery(
                        "select source from pg_settings where name = 'synchronous_commit'")) {
                    rs.next();
                    return rs.getString(1);
                }
            })), "synchronous_commit is set for the transaction only, not for the pooled connection's session");
        }
    }

    /** A new webhook owed one event per name, each due at {@code due}. */
    private UUID subscribeOwing(Instant due, String... names) {
        UUID hook = UUID.randomUUID();
        store.insert(hook, "http://127.0.0.1:9/hooks", "whsec_test", List.of("*"), "lease test", "test", T0);
        store.inTransaction(c -> {
            for (String name : names) {
                store.owe(c, hook, eventId(hook, name), "uk.csit.tracker.actions.updated", "{}", due);
            }
            return null;
        });
        return hook;
    }

    private Map<String, Delivery> deliveries(UUID hook) {
        return store.deliveries(hook, 10).stream().collect(Collectors.toMap(Delivery::eventId, Function.identity()));
    }

    private static String eventId(UUID hook, String name) {
        return name + "-" + hook;
    }

    private static List<String> eventNames(List<DueDelivery> deliveries) {
        return deliveries.stream().map(d -> d.eventId().substring(0, d.eventId().indexOf('-'))).toList();
    }

    private static DueDelivery single(List<DueDelivery> claimed) {
        assertEquals(1, claimed.size(), "one delivery claimed: " + claimed);
        return claimed.get(0);
    }
}
