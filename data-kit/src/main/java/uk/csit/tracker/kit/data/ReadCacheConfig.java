package uk.csit.tracker.kit.data;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's cache of hot reads (see {@link ReadCache}); environment {@code READ_CACHE_TTL}. */
@ConfigMapping(prefix = "tracker.read-cache")
public interface ReadCacheConfig {

    /**
     * The most a cached answer can lag behind a write that this instance did not make: one made
     * through another instance of the service, or straight in the database. 0 turns the cache off.
     */
    @WithDefault("1s")
    Duration ttl();

    /** Answers kept at once; the least recently used go first. */
    @WithDefault("10000")
    long maximumSize();
}
