package uk.csit.tracker.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a bearer token, once verified, is trusted without verifying its signature again. */
@ConfigMapping(prefix = "tracker.security.verified-tokens")
public interface VerifiedTokenConfig {

    /**
     * The longest a verified token is kept (never past its own expiry). A new signing key or a
     * changed issuer setting is seen by every token after at most this long; 0 verifies every request.
     */
    @WithDefault("5M")
    Duration maxAge();

    /** Tokens kept at once; the least recently used go first. */
    @WithDefault("10000")
    long maximumSize();
}
