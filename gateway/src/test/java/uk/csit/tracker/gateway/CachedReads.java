package uk.csit.tracker.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The gateway with its status and trace caches on, for an hour: the cache tests move time on with a ticker of their
 * own instead of waiting, and share this one start of the gateway.
 */
public class CachedReads implements QuarkusTestProfile {

    static final String TTL = "1h";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.gateway.status-cache-ttl", TTL, "tracker.gateway.trace-cache-ttl", TTL);
    }
}
