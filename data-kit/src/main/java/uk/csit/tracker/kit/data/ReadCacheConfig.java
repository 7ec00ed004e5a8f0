package uk.csit.tracker.kit.data;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's cache of hot reads (see {@link ReadCache}); environment {@code TRACKER_READ_CACHE_*}. */
@ConfigMapping(prefix = "tracker.read-cache")
public interface ReadCacheConfig {

    /**
     * How long an answer is given as it was read. A write through this instance is seen at once;
     * one made through another instance of the service, or straight in the database, within this
     * (see {@link #staleWhileReading()}). 0 turns the cache off.
     */
    @WithDefault("1s")
    Duration ttl();

    /**
     * After the ttl the answer is read afresh in the background and, for at most this long while it
     * is, callers are given the answer before it instead of waiting. So a write this instance did not
     * make is seen within the ttl plus the time one read takes, and never later than the ttl plus this.
     */
    @WithDefault("10s")
    Duration staleWhileReading();

    /**
     * Answers kept at once, one kept as bytes ({@link ReadCache.Sized}) counting once per started kilobyte; the least
     * recently used go first.
     */
    @WithDefault("10000")
    long maximumSize();
}
