package uk.csit.tracker.kit.security;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.csit.tracker.kit.time.Ticker;

/**
 * A budget of failed authentications per remote address (Bucket4j). A caller without a valid token can only ever
 * be answered 401, so the per-client limit, which knows clients by their token's subject, never saw them: this one
 * counts each 401 against the address it went to, and once an address has spent its budget its requests are
 * refused with a 429 before their tokens are even checked. Callers with valid tokens never spend it.
 */
@ApplicationScoped
public class AuthenticationFailures {

    private final KeyedBuckets buckets;
    private final RateLimitConfig config;

    @Inject
    public AuthenticationFailures(RateLimitConfig config) {
        this(config, System::nanoTime);
    }

    /**
     * Refilled by the ticker given: a test's own, held still. (Not the service's injected {@link Ticker}, which other
     * tests hold still for their caches while they send more requests than a budget.)
     */
    public AuthenticationFailures(RateLimitConfig config, Ticker ticker) {
        this.config = config;
        this.buckets = new KeyedBuckets(ticker);
    }

    /** Nanoseconds before the address may try again; 0 when it may now. */
    public long waitNanos(String address) {
        if (!config.enabled()) {
            return 0;
        }
        Bucket bucket = buckets.find(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Counts a request from the address that was answered 401. */
    public void failed(String address) {
        if (!config.enabled()) {
            return;
        }
        buckets.of(address, config.unauthenticatedBurst(), config.unauthenticatedPerSecond()).tryConsume(1);
    }
}
