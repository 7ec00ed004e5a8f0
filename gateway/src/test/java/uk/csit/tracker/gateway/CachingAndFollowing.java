package uk.csit.tracker.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import uk.csit.tracker.kit.testing.TestTokens;

/**
 * The gateway with the work it does on its own switched on, for the tests of that work (one start of the gateway for
 * them all): its status and trace caches keep what they read for an hour (the cache tests move time on with a ticker
 * of their own instead of waiting), and webhooks follow the stubbed services' feeds every 0.2 s, retrying from 0.3 s
 * to 1 s. A test of this profile that does not add changes of its own keeps the feeds quiet
 * ({@link StubbedServices#quietFeeds()}), so that the following neither fails nor trips a service's circuit breaker.
 * A service's read may take 5 s and the status 6 s, not the 1.2 s and 1.5 s of the other tests: the cache tests hold
 * a read back while they look at the gateway ({@link HeldAnswers}), and on a busy machine a read let go after its
 * hold still missed the shorter timeout (a clean-clone CI run of 7 December 2026 read the plan as unavailable).
 */
public class CachingAndFollowing implements QuarkusTestProfile {

    static final String TTL = "1h";
    /** How long a status assembly may take before what could not be read is given as unavailable. */
    static final String DEADLINE = "6s";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "tracker.gateway.status-cache-ttl", TTL,
                "tracker.gateway.trace-cache-ttl", TTL,
                "Timeout/value", "5000",
                "tracker.gateway.aggregate-deadline", DEADLINE,
                "tracker.gateway.webhooks.enabled", "true",
                "tracker.gateway.webhooks.feed-token", TestTokens.bearer("gateway-webhooks", "ADVISOR"),
                "tracker.gateway.webhooks.poll-interval", "0.2s",
                "tracker.gateway.webhooks.deliver-interval", "0.2s",
                "tracker.gateway.webhooks.first-retry", "0.3s",
                "tracker.gateway.webhooks.longest-retry", "1s");
    }
}
