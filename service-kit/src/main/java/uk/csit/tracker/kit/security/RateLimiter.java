package uk.csit.tracker.kit.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.csit.tracker.kit.time.Ticker;

/**
 * One token bucket per client (Bucket4j), kept while the client is active. A client is the token's
 * subject; requests without a token share a bucket per remote address.
 */
@ApplicationScoped
public class RateLimiter {

    private final KeyedBuckets buckets;
    private final RateLimitConfig config;

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config, System::nanoTime);
    }

    /**
     * Refilled by the ticker given: a test's own, held still. (Not the service's injected {@link Ticker}, which other
     * tests hold still for their caches while they send more requests than a budget.)
     */
    public RateLimiter(RateLimitConfig config, Ticker ticker) {
        this.config = config;
        this.buckets = new KeyedBuckets(ticker);
    }

    /** Nanoseconds to wait before the next request is allowed; 0 when this one may go ahead. */
    public long tryConsume(String client) {
        if (!config.enabled()) {
            return 0;
        }
        Bucket bucket = buckets.of(client, config.burst(), config.requestsPerSecond());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }
}
