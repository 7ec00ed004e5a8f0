package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;
import uk.csit.tracker.gateway.config.GatewayConfig;

/**
 * The current /status, assembled at most once per {@code status-cache-ttl} however many callers ask:
 * the first caller after it expires reads the services (one read in flight at a time; callers that
 * arrive meanwhile wait for it), every other caller gets the assembled answer. Every caller has
 * been authorised for /status by the gateway itself, and the answer does not depend on who asks.
 * So under load the services see one summary read per service per ttl, and no answer is older
 * than the ttl plus the time the read took.
 */
@ApplicationScoped
public class StatusCache {

    /** One assembled status and what the caller made of it. */
    public record Assembled(StatusView view, Object prepared, long assembledAtNanos) {
    }

    @Inject
    StatusService status;

    @Inject
    GatewayConfig config;

    private final AtomicReference<CompletableFuture<Assembled>> current = new AtomicReference<>();

    /** The current status, with {@code prepare} applied once to each newly assembled one. */
    public Assembled current(Caller caller, Function<StatusView, Object> prepare) {
        long ttl = config.statusCacheTtl().toNanos();
        if (ttl <= 0) {
            StatusView view = status.status(caller);
            return new Assembled(view, prepare.apply(view), System.nanoTime());
        }
        while (true) {
            CompletableFuture<Assembled> held = current.get();
            if (held != null && (!held.isDone() || fresh(held, ttl))) {
                try {
                    return held.join();
                } catch (CompletionException failed) {
                    current.compareAndSet(held, null);
                    continue;
                }
            }
            CompletableFuture<Assembled> mine = new CompletableFuture<>();
            if (current.compareAndSet(held, mine)) {
                try {
                    StatusView view = status.status(caller);
                    mine.complete(new Assembled(view, prepare.apply(view), System.nanoTime()));
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                    current.compareAndSet(mine, null);
                    throw e;
                }
                return mine.join();
            }
        }
    }

    private static boolean fresh(CompletableFuture<Assembled> held, long ttl) {
        if (held.isCompletedExceptionally()) {
            return false;
        }
        return System.nanoTime() - held.join().assembledAtNanos() < ttl;
    }
}
