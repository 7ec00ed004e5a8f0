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
import uk.csit.tracker.gateway.client.Reply;
import uk.csit.tracker.gateway.config.GatewayConfig;

/**
 * Runs the calls behind one aggregate in parallel and gives each at most the aggregate's deadline:
 * a service that has not answered by then is UNAVAILABLE in the answer, never a reason to wait.
 */
@ApplicationScoped
public class Aggregator {

    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    @Inject
    GatewayConfig config;

    @Inject
    Clock clock;

    /**
     * Starts one read of a service. Its outcome is OK with the data, or UNAVAILABLE when the service
     * failed, answered "not found" to a read that must find something, or did not answer by the deadline.
     */
    CompletableFuture<Outcome> start(String service, Supplier<Reply> call) {
        return CompletableFuture.supplyAsync(() -> {
            Reply reply = call.get();
            if (reply.found()) {
                return Outcome.ok(reply.body(), clock.instant());
            }
            Log.warnf("%s unavailable for an aggregate: %s", service, reply.answered() ? "not found" : reply.failure());
            return Outcome.unavailable();
        }, calls)
                .exceptionally(failure -> {
                    Log.warnf("%s unavailable for an aggregate: %s", service, rootMessage(failure));
                    return Outcome.unavailable();
                })
                .completeOnTimeout(Outcome.unavailable(), config.aggregateDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    <T> CompletableFuture<T> run(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, calls);
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
