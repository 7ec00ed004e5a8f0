package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.config.WebhookConfig;
import uk.csit.tracker.gateway.service.ChangeFeedService.MergedChange;
import uk.csit.tracker.gateway.service.ChangeFeedService.MergedChanges;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.gateway.store.WebhookStore.Subscription;

/**
 * Reads the merged change feed on from the stored cursor and owes each new change to every
 * subscription that wants its type and existed when it happened. The deliveries and the moved
 * cursor are written in one transaction (the cursor row locked), so a crash between the two, or a
 * second gateway, can neither lose a change nor owe it twice.
 *
 * <p>While no subscription is active the feeds are read only once an {@code idle-poll-interval}: there is nothing to
 * owe, and each read is a request to every service and a transaction in each. The idle reads keep the cursor near the
 * feeds' heads, so the first subscription's first turn reads a short backlog (the changes from before it was made are
 * skipped, never owed).
 */
@ApplicationScoped
public class FeedFollower {

    static final int SLICE = 100;
    /** The most slices one turn reads (a turn that ends here goes on at the next). */
    static final int MOST_SLICES_A_TURN = 1_000;

    @Inject
    ChangeFeedService feed;

    @Inject
    ChangeEvents events;

    @Inject
    WebhookStore store;

    @Inject
    Clock clock;

    @Inject
    FeedCredentials credentials;

    @Inject
    DeliverySender sender;

    @Inject
    WebhookConfig config;

    /** Set as the gateway stops, so that a follow kept going by a stream of changes ends. */
    private volatile boolean stopping;

    /** When this gateway last read the feeds; null until its first turn. */
    private volatile Instant lastRead;

    /**
     * Follows the feed, and while its reads owe deliveries follows it again after {@code busy-poll-interval} rather
     * than at the scheduler's next turn (a second apart): while changes a subscription wants keep coming, each waits a
     * fraction of a second before it is owed and sent. Changes no subscription wants, and an idle feed, are read once
     * a turn, so a gateway no receiver is waiting on reads the feeds once a turn however busy the services are (and,
     * with no subscription at all, once an idle interval: {@link #dueToRead()}).
     */
    @Scheduled(every = "{tracker.gateway.webhooks.poll-interval}", delayed = "{tracker.gateway.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WebhooksOff.class)
    void follow() {
        if (!dueToRead()) {
            return;
        }
        while (followAndSend() && !stopping) {
            try {
                Thread.sleep(config.busyPollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Whether this turn reads the feeds: when a subscription is active, or when they have not been read for the idle
     * interval (the first turn always reads). The clock is looked at before the database.
     */
    boolean dueToRead() {
        Instant now = clock.instant();
        Instant last = lastRead;
        if (last == null || !now.isBefore(last.plus(config.idlePollInterval())) || anySubscription()) {
            lastRead = now;
            return true;
        }
        return false;
    }

    /**
     * Whether any subscription is active (a question to the gateway's own database, not to the services). When the
     * database cannot say, the turn reads, and the read's own failure is what is logged, as before.
     */
    boolean anySubscription() {
        try {
            return store.anyActiveSubscription();
        } catch (RuntimeException e) {
            return true;
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Reads the slices waiting and sends what they owed; returns whether they owed any delivery. Once a slice owes one,
     * at most ten are read before the sending, so that what is owed is not held back by a long feed; slices that owe
     * nothing (changes from before every subscription, or of types none wants) are read on to the feeds' heads, up to
     * {@link #MOST_SLICES_A_TURN}, rather than a turn apart.
     */
    boolean followAndSend() {
        boolean owed = false;
        try {
            Slice slice = new Slice(false, true);
            for (int round = 0, owing = 0; slice.more() && owing < 10 && round < MOST_SLICES_A_TURN && !stopping;
                    round++) {
                slice = followOnce();
                owed |= slice.owed();
                owing += owed ? 1 : 0;
            }
        } catch (RuntimeException e) {
            Log.warnf("Following the change feed failed; it will be tried again: %s", e.getMessage());
        }
        // Deliveries owed now are sent now, not at the sender's next turn (the scheduler's turns are a second apart),
        // while the feed is read on.
        if (owed) {
            sender.wake();
        }
        return owed;
    }

    /** What one committed slice of the feed did: whether it owed any delivery, and whether more changes wait. */
    record Slice(boolean owed, boolean more) {
    }

    /** Reads one slice and owes its changes. */
    Slice followOnce() {
        Caller caller = new Caller("Bearer " + credentials.token().orElseThrow(), "webhooks-" + UUID.randomUUID());
        return store.inTransaction(c -> {
            FeedCursor cursor = store.lockCursor(c).map(FeedCursor::parse).orElseGet(FeedCursor::start);
            MergedChanges slice = feed.changes(cursor, SLICE, caller);
            if (slice.items().isEmpty()) {
                return new Slice(false, false);
            }
            boolean owed = false;
            List<Subscription> subscriptions = store.activeSubscriptions(c);
            Instant now = clock.instant();
            for (MergedChange change : slice.items()) {
                String type = EventTypes.of(change.entityType(), change.operation());
                String payload = null;
                for (Subscription subscription : subscriptions) {
                    if (!change.occurredAt().isBefore(subscription.createdAt())
                            && EventTypes.wanted(subscription.eventTypes(), type)) {
                        payload = payload == null ? events.json(change) : payload;
                        store.owe(c, subscription.id(), ChangeEvents.id(change), type, payload, now);
                        owed = true;
                    }
                }
            }
            store.saveCursor(c, slice.nextCursor(), now);
            return new Slice(owed, slice.hasMore());
        });
    }
}
