package uk.csit.tracker.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import uk.csit.tracker.kit.time.Ticker;

/**
 * Token buckets (Bucket4j) kept per key while it is active: ten minutes since last use, at most 100,000 keys. They
 * refill by the ticker their owner gives (the JVM's own in a service), so that a test can hold their time still
 * instead of racing the refill.
 */
final class KeyedBuckets {

    private final TimeMeter time;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    KeyedBuckets(Ticker ticker) {
        time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.nanos();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** The key's bucket, made full when it has none: at most burst at once, refilled per second. */
    Bucket of(String key, int burst, int perSecond) {
        return buckets.get(key, k -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
    }

    /** The key's bucket if it has one. */
    Bucket find(String key) {
        return buckets.getIfPresent(key);
    }
}
