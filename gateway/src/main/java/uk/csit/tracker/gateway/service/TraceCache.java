package uk.csit.tracker.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.config.GatewayConfig;
import uk.csit.tracker.gateway.service.TraceService.Trace;
import uk.csit.tracker.kit.privacy.PersonalDataAccess;

/**
 * Recommendation traces, each assembled at most once per {@code trace-cache-ttl} however many
 * callers ask for it, and at most two assembled at once, as one trace can hold thousands of items.
 * As with the status, every caller has been authorised by the gateway itself and the answer does
 * not depend on who asks, but for the staff names in it: callers who may read them share one trace, and
 * callers who may not share another, without them. A refused or failed trace (404, 503) is not kept.
 *
 * <p>The first caller for a trace waits for its assembly, and so does everyone asking meanwhile.
 * Once one is kept, the first caller after the ttl starts assembling it again in the background and
 * every caller is given the kept one while it is, for at most twice the aggregate deadline (an
 * assembly reads the recommendation, then its parts within one deadline, then the money within
 * another), so no answer's data is older than the ttl plus that.
 */
@ApplicationScoped
public class TraceCache {

    private static final int ASSEMBLED_AT_ONCE = 2;

    /** A trace, what the caller made of it (for the resource, its JSON and ETag), and when its assembly began. */
    private record Kept(Object prepared, long assembledAtNanos, AtomicBoolean assembling) {
    }

    private final TraceService traces;
    private final Duration ttl;
    private final Cache<String, Kept> kept;
    private final Semaphore assembling = new Semaphore(ASSEMBLED_AT_ONCE, true);
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    @Inject
    public TraceCache(TraceService traces, GatewayConfig config) {
        this.traces = traces;
        this.ttl = config.traceCacheTtl();
        this.kept = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isPositive() ? ttl.plus(config.aggregateDeadline().multipliedBy(2))
                        : Duration.ofNanos(1))
                .maximumSize(1_000)
                .build();
    }

    /**
     * The recommendation's trace, with {@code prepare} applied once to each newly assembled one: a trace
     * can be hundreds of kilobytes, and serialising and tagging it for every caller was most of what
     * a kept trace cost.
     */
    public Object trace(String ref, Caller caller, Function<Trace, Object> prepare) {
        // Callers who may read staff names and callers who may not each have their own trace: the authors of the
        // actions' latest progress are in one and not the other.
        boolean withStaffNames = PersonalDataAccess.callerMayRead();
        if (!ttl.isPositive()) {
            return assemble(ref, caller, prepare, withStaffNames).prepared();
        }
        String key = (withStaffNames ? "named " : "") + ref;
        Kept held = kept.get(key, k -> assemble(ref, caller, prepare, withStaffNames));
        if (System.nanoTime() - held.assembledAtNanos() >= ttl.toNanos() && held.assembling().compareAndSet(false, true)) {
            background.execute(() -> assembleAfresh(key, ref, caller, prepare, withStaffNames, held));
        }
        return held.prepared();
    }

    /** A trace assembled again off the caller's thread; one that fails leaves the kept one to expire or be retried. */
    private void assembleAfresh(String key, String ref, Caller caller, Function<Trace, Object> prepare,
            boolean withStaffNames, Kept held) {
        try {
            kept.asMap().replace(key, held, assemble(ref, caller, prepare, withStaffNames));
        } catch (RuntimeException e) {
            Log.warnf("The trace of %s could not be assembled again; the one kept is given until it expires: %s",
                    ref, e.toString());
        } finally {
            held.assembling().set(false);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private Kept assemble(String ref, Caller caller, Function<Trace, Object> prepare, boolean withStaffNames) {
        assembling.acquireUninterruptibly();
        try {
            long began = System.nanoTime();
            Trace trace = traces.trace(ref, caller);
            Object prepared = withStaffNames ? PersonalDataAccess.revealed(() -> prepare.apply(trace))
                    : PersonalDataAccess.withheld(() -> prepare.apply(trace));
            return new Kept(prepared, began, new AtomicBoolean());
        } finally {
            assembling.release();
        }
    }
}
