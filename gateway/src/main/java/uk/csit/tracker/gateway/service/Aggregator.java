package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import uk.csit.tracker.gateway.config.GatewayConfig;

/**
 * Runs the reads behind one aggregate in parallel and gives each at most the aggregate's deadline: a service that
 * has not answered by then, or whose read failed in any way (down, slow, a 5xx, an answer the contract does not
 * describe, its breaker open, a list too long to read), is UNAVAILABLE in the answer, never a reason to wait or fail.
 */
@ApplicationScoped
public class Aggregator {

    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    @Inject
    GatewayConfig config;

    @Inject
    Clock clock;

    /** Starts one read of a service: OK with its data and the time it was read, or UNAVAILABLE. */
    <T> CompletableFuture<Outcome<T>> start(String service, Supplier<T> read) {
        return CompletableFuture.supplyAsync(() -> Outcome.ok(read.get(), clock.instant()), calls)
                .exceptionally(failure -> {
                    Log.warnf("%s unavailable for an aggregate: %s", service, rootMessage(failure));
                    return Outcome.unavailable();
                })
                .completeOnTimeout(Outcome.unavailable(), config.aggregateDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An outcome already known (nothing to read). */
    <T> CompletableFuture<Outcome<T>> done(T data) {
        return CompletableFuture.completedFuture(Outcome.ok(data, clock.instant()));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }
}
