package uk.csit.tracker.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client request rate limits, and the budget of failed authentications per address (environment:
 * {@code RATE_LIMIT_*}).
 */
@ConfigMapping(prefix = "tracker.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second for one client (token subject, or address when anonymous). */
    @WithDefault("100")
    int requestsPerSecond();

    /** Requests a client may send at once above the sustained rate. */
    @WithDefault("200")
    int burst();

    /** Sustained 401 answers per second to one remote address before it is answered 429 untried. */
    @WithDefault("2")
    int unauthenticatedPerSecond();

    /** 401 answers one address may get at once above that rate. */
    @WithDefault("50")
    int unauthenticatedBurst();
}
