package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
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
 * retry window is spent, then FAILED. Due rows are locked and skipped by any other sender, so a
 * delivery is not sent twice at once.
 */
@ApplicationScoped
public class DeliverySender {

    @Inject
    WebhookConfig config;

    @Inject
    WebhookStore store;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(every = "{tracker.gateway.webhooks.deliver-interval}",
            delayed = "{tracker.gateway.webhooks.deliver-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WebhooksOff.class)
    void sendDue() {
        try {
            store.inTransaction(c -> {
                List<DueDelivery> due = store.lockDue(c, clock.instant(), config.batchSize());
                RetrySchedule retries = new RetrySchedule(config.firstRetry(), config.longestRetry(), config.retryWindow(),
                        () -> ThreadLocalRandom.current().nextDouble());
                for (DueDelivery delivery : due) {
                    Attempt attempt = send(delivery);
                    Instant now = clock.instant();
                    if (attempt.delivered()) {
                        store.attempted(c, delivery.id(), "DELIVERED", null, attempt.status(), null, now);
                        continue;
                    }
                    Optional<Instant> next = retries.next(delivery.attempts() + 1, delivery.createdAt(), now);
                    store.attempted(c, delivery.id(), next.isPresent() ? "PENDING" : "FAILED", next.orElse(null),
                            attempt.status(), attempt.error(), null);
                }
                return due.size();
            });
        } catch (RuntimeException e) {
            Log.warnf("Sending webhook deliveries failed; they will be tried again: %s", e.getMessage());
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
