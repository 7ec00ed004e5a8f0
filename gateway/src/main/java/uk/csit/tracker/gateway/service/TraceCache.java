package uk.csit.tracker.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;
import uk.csit.tracker.gateway.config.GatewayConfig;
import uk.csit.tracker.gateway.service.TraceService.Trace;

/**
 * Recommendation traces, each assembled at most once per {@code trace-cache-ttl} however many
 * callers ask for it (callers arriving while it is assembled wait for that one assembly), and at
 * most two assembled at once, as one trace can hold thousands of items. As with the status, every
 * caller has been authorised by the gateway itself and the answer does not depend on who asks; a
 * refused or failed trace (404, 503) is not kept.
 */
@ApplicationScoped
public class TraceCache {

    private static final int ASSEMBLED_AT_ONCE = 2;

    private final TraceService traces;
    private final Duration ttl;
    private final Cache<String, Trace> kept;
    private final Semaphore assembling = new Semaphore(ASSEMBLED_AT_ONCE, true);

    @Inject
    public TraceCache(TraceService traces, GatewayConfig config) {
        this.traces = traces;
        this.ttl = config.traceCacheTtl();
        this.kept = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isPositive() ? ttl : Duration.ofNanos(1))
                .maximumSize(1_000)
                .build();
    }

    public Trace trace(String ref, Caller caller) {
        return ttl.isPositive() ? kept.get(ref, r -> assemble(r, caller)) : assemble(ref, caller);
    }

    private Trace assemble(String ref, Caller caller) {
        assembling.acquireUninterruptibly();
        try {
            return traces.trace(ref, caller);
        } finally {
            assembling.release();
        }
    }
}
