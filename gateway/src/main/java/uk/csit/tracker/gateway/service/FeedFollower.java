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

    @Inject
    WebhookConfig config;

    /** Set as the gateway stops, so that a follow kept going by a stream of changes ends. */
    private volatile boolean stopping;

    /**
     * Follows the feed, and while its reads owe deliveries follows it again after {@code busy-poll-interval} rather
     * than at the scheduler's next turn (a second apart): while changes a subscription wants keep coming, each waits a
     * fraction of a second before it is owed and sent. Changes no subscription wants, and an idle feed, are read once
     * a turn, so a gateway no receiver is waiting on reads the feeds once a turn however busy the services are.
     */
    @Scheduled(every = "{tracker.gateway.webhooks.poll-interval}", delayed = "{tracker.gateway.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WebhooksOff.class)
    void follow() {
        while (followAndSend() && !stopping) {
            try {
                Thread.sleep(config.busyPollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Reads every slice waiting (up to ten) and sends what they owed; returns whether they owed any delivery. */
    boolean followAndSend() {
        boolean owed = false;
        try {
            Slice slice = new Slice(false, true);
            for (int round = 0; slice.more() && round < 10; round++) {
                slice = followOnce();
                owed |= slice.owed();
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
