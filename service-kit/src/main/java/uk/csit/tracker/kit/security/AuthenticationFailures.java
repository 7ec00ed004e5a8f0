package uk.csit.tracker.kit.security;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A budget of failed authentications per remote address (Bucket4j). A caller without a valid token can only ever
 * be answered 401, so the per-client limit, which knows clients by their token's subject, never saw them: this one
 * counts each 401 against the address it went to, and once an address has spent its budget its requests are
 * refused with a 429 before their tokens are even checked. Callers with valid tokens never spend it.
 */
@ApplicationScoped
public class AuthenticationFailures {

    private final KeyedBuckets buckets = new KeyedBuckets();
    private final RateLimitConfig config;

    @Inject
    public AuthenticationFailures(RateLimitConfig config) {
        this.config = config;
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
