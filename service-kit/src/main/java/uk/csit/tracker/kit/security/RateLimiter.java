package uk.csit.tracker.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * One token bucket per client (Bucket4j), kept while the client is active. A client is the token's
 * subject; requests without a token share a bucket per remote address.
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    @Inject
    RateLimitConfig config;

    /** Nanoseconds to wait before the next request is allowed; 0 when this one may go ahead. */
    public long tryConsume(String client) {
        if (!config.enabled()) {
            return 0;
        }
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(config.burst())
                        .refillGreedy(config.requestsPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }
}
