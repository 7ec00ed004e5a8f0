package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.service.ChangeFeedService.MergedChange;
import uk.csit.tracker.gateway.service.ChangeFeedService.MergedChanges;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.gateway.store.WebhookStore.Subscription;

/**
 * Reads the merged change feed on from the stored cursor and owes each new change to every
 * subscription that wants its type and existed when it happened. The deliveries and the moved
 * cursor are written in one transaction (the cursor row locked), so a crash between the two, or a
 * second gateway, can neither lose a change nor owe it twice.
 */
@ApplicationScoped
public class FeedFollower {

    static final int SLICE = 100;

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

    /** Whether the follow under way has owed any delivery. */
    private final java.util.concurrent.atomic.AtomicBoolean owedSince = new java.util.concurrent.atomic.AtomicBoolean();

    @Scheduled(every = "{tracker.gateway.webhooks.poll-interval}", delayed = "{tracker.gateway.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WebhooksOff.class)
    void follow() {
        owedSince.set(false);
        try {
            boolean more = true;
            for (int round = 0; more && round < 10; round++) {
                more = followOnce();
            }
        } catch (RuntimeException e) {
            Log.warnf("Following the change feed failed; it will be tried again: %s", e.getMessage());
        }
        // Deliveries owed now are sent now, not at the sender's next turn (the scheduler's turns are a second apart).
        if (owedSince.get()) {
            sender.sendDue();
        }
    }

    /** One slice: returns whether more changes are waiting. */
    boolean followOnce() {
        Caller caller = new Caller("Bearer " + credentials.token().orElseThrow(), "webhooks-" + UUID.randomUUID());
        return store.inTransaction(c -> {
            FeedCursor cursor = store.lockCursor(c).map(FeedCursor::parse).orElseGet(FeedCursor::start);
            MergedChanges slice = feed.changes(cursor, SLICE, caller);
            if (slice.items().isEmpty()) {
                return false;
            }
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
                        owedSince.set(true);
                    }
                }
            }
            store.saveCursor(c, slice.nextCursor(), now);
            return slice.hasMore();
        });
    }
}
