package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.config.GatewayConfig;
import uk.csit.tracker.kit.time.Ticker;

/**
 * The current /status, assembled at most once per {@code status-cache-ttl} however many callers ask.
 * Every caller has been authorised for /status by the gateway itself, and the answer does not
 * depend on who asks.
 *
 * <p>The first caller after the ttl is given the status held and starts a new assembly in the
 * background (one at a time), so no caller waits for the services while a status younger than the
 * ttl plus the aggregate deadline is held: not the one who happens to come after the ttl, not one
 * who comes while the services are read. Callers wait only when there is no status yet or the one
 * held is older than that (an assembly never takes longer than the deadline: a service that has not
 * answered by then is UNAVAILABLE in it). So no answer's data is older than the ttl plus the
 * aggregate deadline, and the services see one summary read each per ttl.
 */
@ApplicationScoped
public class StatusCache {

    /** One assembled status, what the caller made of it, and when its assembly began. */
    public record Assembled(StatusView view, Object prepared, long assembledAtNanos) {
    }

    @Inject
    StatusService status;

    @Inject
    GatewayConfig config;

    @Inject
    Ticker ticker;

    private final AtomicReference<Assembled> held = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Assembled>> assembling = new AtomicReference<>();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    /** The current status, with {@code prepare} applied once to each newly assembled one. */
    public Assembled current(Caller caller, Function<StatusView, Object> prepare) {
        long ttl = config.statusCacheTtl().toNanos();
        if (ttl <= 0) {
            return assemble(caller, prepare);
        }
        long stale = ttl + config.aggregateDeadline().toNanos();
        while (true) {
            Assembled last = held.get();
            long age = last == null ? Long.MAX_VALUE : ticker.nanos() - last.assembledAtNanos();
            if (age < ttl) {
                return last;
            }
            boolean waits = age >= stale;
            CompletableFuture<Assembled> mine = new CompletableFuture<>();
            CompletableFuture<Assembled> running = assembling.compareAndExchange(null, mine);
            if (running == null) {
                if (!waits) {
                    background.execute(() -> assembleInto(mine, last, caller, prepare));
                    return last;
                }
                try {
                    return assembleInto(mine, last, caller, prepare).join();
                } catch (CompletionException failed) {
                    throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
                }
            }
            if (!waits) {
                return last;
            }
            try {
                return running.join();
            } catch (CompletionException failed) {
                // That assembly failed: the next turn of the loop makes one of its own.
            }
        }
    }

    /** The assembly under way, if any (a caller that wants the next status rather than the one held waits on it). */
    public Optional<CompletableFuture<Assembled>> assembly() {
        return Optional.ofNullable(assembling.get());
    }

    /** Assembles a status in place of {@code last}, holds it and completes {@code mine} with it. */
    private CompletableFuture<Assembled> assembleInto(CompletableFuture<Assembled> mine, Assembled last, Caller caller,
            Function<StatusView, Object> prepare) {
        try {
            Assembled now = held.get();
            if (now != last) {
                // Another caller's assembly ended between our two looks: that one is current.
                mine.complete(now);
            } else {
                Assembled fresh = assemble(caller, prepare);
                held.set(fresh);
                mine.complete(fresh);
            }
        } catch (RuntimeException e) {
            Log.warnf("The status could not be assembled: %s", e.toString());
            mine.completeExceptionally(e);
        } finally {
            assembling.compareAndSet(mine, null);
        }
        return mine;
    }

    /** Drops the status held: the next caller assembles one (tests start from nothing with it). */
    public void forget() {
        held.set(null);
    }

    private Assembled assemble(Caller caller, Function<StatusView, Object> prepare) {
        long began = ticker.nanos();
        StatusView view = status.status(caller);
        return new Assembled(view, prepare.apply(view), began);
    }
}
