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
 * The current /status, assembled at most once per {@code status-cache-ttl} however many callers ask:
 * a status is kept for the ttl after it is ready, so the services are left alone for at least the ttl
 * between two assemblies, even when one was slow (the first, on a cold system, takes over a second,
 * and assembling again at once slowed every caller meanwhile). Every caller has been authorised for
 * /status by the gateway itself, and the answer does not depend on who asks.
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

    /** One assembled status, what the caller made of it, when its assembly began and when it was ready. */
    public record Assembled(StatusView view, Object prepared, long assembledAtNanos, long readyAtNanos) {
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
            long now = ticker.nanos();
            // Its data is as old as the start of its assembly; it is kept for the ttl after it was ready (an
            // assembly ends within the deadline, so what is given is never older than the ttl plus the deadline).
            long age = last == null ? Long.MAX_VALUE : now - last.assembledAtNanos();
            if (last != null && now - last.readyAtNanos() < ttl) {
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
        Object prepared = prepare.apply(view);
        return new Assembled(view, prepared, began, ticker.nanos());
    }
}
