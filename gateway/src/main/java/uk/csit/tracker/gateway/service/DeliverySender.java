package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import uk.csit.tracker.gateway.config.WebhookConfig;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.gateway.store.WebhookStore.DueDelivery;

/**
 * Sends the deliveries that are due, each signed per Standard Webhooks, and records every attempt:
 * a 2xx answer is DELIVERED; anything else is tried again on the {@link RetrySchedule} until the
 * retry window is spent, then FAILED.
 *
 * <p>A batch is claimed in a short transaction that leases each delivery for one send (see
 * {@link WebhookStore#claimDue}); then each, its lease renewed just before, is sent with no transaction
 * open and its attempt recorded in one of its own. So a slow receiver holds no database connection or row lock, a webhook can be
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

    @Inject
    ReceiverAddresses receivers;

    @Inject
    WebhookSecrets secrets;

    @Inject
    Vertx vertx;

    /** The most batches one run sends before it lets the next run go on. */
    static final int MAX_ROUNDS_PER_RUN = 20;

    private HttpClient http;

    /** Whether a run of {@link #sendDue} is under way in this gateway. */
    private final AtomicBoolean running = new AtomicBoolean();
    /** Whether deliveries may have come due since the run under way last claimed (it then runs on). */
    private final AtomicBoolean dueAgain = new AtomicBoolean();

    @PostConstruct
    void open() {
        // No pooled connections: every delivery connects afresh to the address checked for it.
        http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setVerifyHost(true)
                .setForceSni(true).setConnectTimeout((int) config.requestTimeout().toMillis()));
    }

    /** The longest one delivery can take: connecting and then waiting for the answer, each up to the timeout. */
    Duration leasePerDelivery() {
        return config.requestTimeout().multipliedBy(2).plus(LEASE_MARGIN);
    }

    /**
     * Sends what is due now on a thread of its own and returns at once: the follower, which owed it, reads the feed
     * on while these are sent.
     */
    public void wake() {
        Thread.ofVirtual().name("webhook-sender-woken").start(this::sendDue);
    }

    /**
     * One run at a time in a gateway, however it is started (the schedule, or {@link #wake}): a start while a run is
     * under way has that run go round once more instead, so nothing due waits for the next turn and a receiver is
     * never sent more than sends-per-receiver deliveries at once by this gateway.
     */
    @Scheduled(every = "{tracker.gateway.webhooks.deliver-interval}",
            delayed = "{tracker.gateway.webhooks.deliver-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WebhooksOff.class)
    void sendDue() {
        dueAgain.set(true);
        while (dueAgain.get() && running.compareAndSet(false, true)) {
            try {
                dueAgain.set(false);
                sendRounds();
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * Round after round while rounds come back full: under a burst of changes the deliveries owed are sent as fast
     * as the receivers take them, not one batch per interval. Bounded, so that a run ends and the next one (a moment
     * later) goes on.
     */
    private void sendRounds() {
        for (int round = 0; round < MAX_ROUNDS_PER_RUN; round++) {
            if (sendRound() < config.batchSize()) {
                return;
            }
        }
    }

    /** Claims one batch of due deliveries and sends them; returns how many it claimed. */
    int sendRound() {
        List<DueDelivery> due;
        try {
            due = store.claimDue(clock.instant(), config.batchSize(), leasePerDelivery());
        } catch (RuntimeException e) {
            Log.warnf("Claiming due webhook deliveries failed; they will be tried again: %s", e.getMessage());
            return 0;
        }
        RetrySchedule retries = new RetrySchedule(config.firstRetry(), config.longestRetry(), config.retryWindow(),
                () -> ThreadLocalRandom.current().nextDouble());
        // The subscriptions side by side, so that inside a round one receiver's slow answers do not delay the others'
        // sends (the round ends with its slowest lane); each subscription's deliveries in a few lanes, each lane's in
        // turn, so that a receiver has at most sends-per-receiver of them at once (delivery is at least once and not
        // in order: a retry comes after changes newer than its own).
        Map<UUID, List<DueDelivery>> bySubscription = due.stream()
                .collect(Collectors.groupingBy(DueDelivery::subscriptionId, LinkedHashMap::new, Collectors.toList()));
        try (ExecutorService lanes = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<DueDelivery> deliveries : bySubscription.values()) {
                for (List<DueDelivery> lane : lanes(deliveries, config.sendsPerReceiver())) {
                    lanes.execute(() -> sendInTurn(lane, retries));
                }
            }
        }
        return due.size();
    }

    /**
     * One subscription's claimed deliveries dealt into at most {@code count} lanes, the first {@code count} of them
     * one to each lane, so that the earliest claimed are sent first.
     */
    static <T> List<List<T>> lanes(List<T> deliveries, int count) {
        int width = Math.max(1, Math.min(count, deliveries.size()));
        List<List<T>> lanes = new ArrayList<>(width);
        for (int lane = 0; lane < width; lane++) {
            lanes.add(new ArrayList<>());
        }
        for (int i = 0; i < deliveries.size(); i++) {
            lanes.get(i % width).add(deliveries.get(i));
        }
        return lanes;
    }

    /** One lane of a subscription's claimed deliveries, one after another. */
    private void sendInTurn(List<DueDelivery> deliveries, RetrySchedule retries) {
        for (DueDelivery claimed : deliveries) {
            // Leased afresh for its own send: a claim later in the batch may have run out while those before it
            // were sent, and then another sender has it.
            Optional<DueDelivery> held = store.renew(claimed, clock.instant().plus(leasePerDelivery()));
            if (held.isEmpty()) {
                continue;
            }
            DueDelivery delivery = held.get();
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
                // The rest of this subscription's batch is due again when its leases end (within one lease).
                Log.warnf("Recording webhook delivery %d failed; it and the rest of its subscription's batch are sent"
                        + " again when their leases end: %s", delivery.id(), e.getMessage());
                return;
            }
        }
    }

    record Attempt(boolean delivered, Integer status, String error) {
    }

    /**
     * One attempt: the receiver's host is resolved now and every address it has checked (DNS may have changed since
     * the webhook was registered), the connection goes to the address checked while the request names the host
     * (Host header, TLS server name and certificate), and a redirect is an answer like any other, never followed.
     */
    private Attempt send(DueDelivery delivery) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        try {
            URI url = URI.create(delivery.url());
            boolean https = "https".equals(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
            InetAddress address = receivers.resolve(url.getHost());
            long timeout = config.requestTimeout().toMillis();
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setSsl(https)
                    .setHost(url.getHost()).setPort(port)
                    .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                    .setURI(pathAndQuery(url))
                    .setFollowRedirects(false).setConnectTimeout(timeout).setIdleTimeout(timeout)
                    .putHeader("Content-Type", ChangeEvents.CONTENT_TYPE)
                    .putHeader("webhook-id", delivery.eventId())
                    .putHeader("webhook-timestamp", Long.toString(timestamp))
                    .putHeader("webhook-signature", WebhookSigner.signature(
                            secrets.open(delivery.subscriptionId(), delivery.secret()), delivery.eventId(), timestamp,
                            body))
                    .putHeader("User-Agent", "csit-tracker-webhooks/1.0");
            int status = http.request(request)
                    .compose(sending -> sending.send(Buffer.buffer(body)))
                    .compose(answer -> answer.end().map(done -> answer.statusCode()))
                    .toCompletionStage().toCompletableFuture()
                    .get(2 * timeout + LEASE_MARGIN.toMillis(), TimeUnit.MILLISECONDS);
            boolean ok = status / 100 == 2;
            return new Attempt(ok, status, ok ? null : "the receiver answered " + status);
        } catch (ReceiverAddresses.Refused refused) {
            return new Attempt(false, null, "not sent: the receiver's host " + refused.getMessage());
        } catch (UnknownHostException unknown) {
            return new Attempt(false, null, "not sent: the receiver's host is not in DNS");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Attempt(false, null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            return new Attempt(false, null, "the receiver did not answer in time");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Attempt(false, null, "not sent: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        }
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
