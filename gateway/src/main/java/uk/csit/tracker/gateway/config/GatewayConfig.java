package uk.csit.tracker.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** How the gateway reaches the services. */
@ConfigMapping(prefix = "tracker.gateway")
public interface GatewayConfig {

    /** The longest an aggregate waits for the services before answering with what it has. */
    @WithDefault("1800ms")
    Duration aggregateDeadline();

    /** The longest a forwarded call waits for its service. */
    @WithDefault("10s")
    Duration forwardTimeout();

    /** The longest the gateway waits to connect to a service when forwarding. */
    @WithDefault("1s")
    Duration connectTimeout();

    /**
     * How long one assembled /status (now, not asOf) serves every caller before it is read again.
     * While one caller's request reads it again the others are given the one before, so an answer's
     * data lags the services by at most this plus the aggregate deadline. Zero reads the services for
     * every request.
     */
    @WithDefault("1s")
    Duration statusCacheTtl();

    /**
     * How long one assembled recommendation trace serves every caller asking for that recommendation
     * before it is read again; as with the status, the one before is given while it is (at most this
     * plus twice the aggregate deadline behind). Zero reads the services for every request.
     */
    @WithDefault("1s")
    Duration traceCacheTtl();

    /** First path segment under /api/v1 to the service that owns it (plan, inspection, finance). */
    Map<String, String> routes();

    /** Base URL of each service, by name. */
    Map<String, String> services();
}
