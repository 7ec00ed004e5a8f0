package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import uk.csit.tracker.gateway.config.WebhookConfig;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.gateway.store.WebhookStore.DueDelivery;

/**
 * Sends the deliveries that are due, each signed per Standard Webhooks, and records every attempt:
 * a 2xx answer is DELIVERED; anything else is tried again on the {@link RetrySchedule} until the
 * retry window is spent, then FAILED.
 *
 * <p>A batch is claimed in a short transaction that leases each delivery (see
 * {@link WebhookStore#claimDue}); then each is sent with no transaction open and its attempt recorded
 * in one of its own. So a slow receiver holds no database connection or row lock, a webhook can be
 * removed while its delivery is in flight (the attempt is then not recorded over the cancellation),
 * and a sender that dies mid-batch loses only the attempts it had not recorded: those deliveries are
 * due again when their leases end and are sent again with the same event id (at least once).
 */
@ApplicationScoped
public class DeliverySender {

    private static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

    @Inject
    WebhookConfig config;

    @Inject
    WebhookStore store;

    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void open() {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.requestTimeout()).build();
    }

    /** The longest one delivery can take: connecting and then waiting for the answer, each up to the timeout. */
    Duration leasePerDelivery() {
        return config.requestTimeout().multipliedBy(2).plus(LEASE_MARGIN);
    }

    @Scheduled(every = "{tracker.gateway.webhooks.deliver-interval}",
            delayed = "{tracker.gateway.webhooks.deliver-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WebhooksOff.class)
    void sendDue() {
        List<DueDelivery> due;
        try {
            due = store.claimDue(clock.instant(), config.batchSize(), leasePerDelivery());
        } catch (RuntimeException e) {
            Log.warnf("Claiming due webhook deliveries failed; they will be tried again: %s", e.getMessage());
            return;
        }
        RetrySchedule retries = new RetrySchedule(config.firstRetry(), config.longestRetry(), config.retryWindow(),
                () -> ThreadLocalRandom.current().nextDouble());
        for (DueDelivery delivery : due) {
            Attempt attempt = send(delivery);
            Instant now = clock.instant();
            try {
                boolean recorded;
                if (attempt.delivered()) {
                    recorded = store.attempted(delivery, "DELIVERED", null, attempt.status(), null, now);
                } else {
                    Optional<Instant> next = retries.next(delivery.attempts() + 1, delivery.createdAt(), now);
                    recorded = store.attempted(delivery, next.isPresent() ? "PENDING" : "FAILED", next.orElse(null),
                            attempt.status(), attempt.error(), null);
                }
                if (!recorded) {
                    Log.infof("Webhook delivery %d was cancelled or claimed again while it was sent; this attempt is"
                            + " not recorded", delivery.id());
                }
            } catch (RuntimeException e) {
                // The rest of the batch stays leased and is sent when the leases end, not now, unrecorded.
                Log.warnf("Recording webhook delivery %d failed; it and the rest of its batch are sent again when"
                        + " their leases end: %s", delivery.id(), e.getMessage());
                return;
            }
        }
    }

    record Attempt(boolean delivered, Integer status, String error) {
    }

    private Attempt send(DueDelivery delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", ChangeEvents.CONTENT_TYPE)
                    .header("webhook-id", delivery.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.signature(delivery.secret(), delivery.eventId(), timestamp, body))
                    .header("User-Agent", "csit-tracker-webhooks/1.0")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            boolean ok = answer.statusCode() / 100 == 2;
            return new Attempt(ok, answer.statusCode(), ok ? null : "the receiver answered " + answer.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Attempt(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        }
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
