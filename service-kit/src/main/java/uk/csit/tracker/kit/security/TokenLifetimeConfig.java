package uk.csit.tracker.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The longest life a bearer token may have, from its issue ({@code iat}) to its expiry ({@code exp}). */
@ConfigMapping(prefix = "tracker.security.tokens")
public interface TokenLifetimeConfig {

    /**
     * A token made to live longer is refused, however well signed: a stolen one must not work for years. Entra ID's
     * access tokens live 60 to 90 minutes, and at most a day when a council configures them longer.
     */
    @WithDefault("24H")
    Duration maxLifetime();
}
