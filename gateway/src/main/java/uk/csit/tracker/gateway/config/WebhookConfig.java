package uk.csit.tracker.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the gateway follows the services' changes and delivers them to webhooks. */
@ConfigMapping(prefix = "tracker.gateway.webhooks")
public interface WebhookConfig {

    /** Whether the gateway follows the change feed and delivers at all. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The bearer token the gateway reads the services' change feeds with (a role that may read
     * history, e.g. ADVISOR). Without one nothing is followed or delivered.
     */
    Optional<String> feedToken();

    /**
     * A file holding that token, read again whenever it changes: for an issuer whose tokens live an hour or a day,
     * renewed in the file by whoever holds the credentials (the local run renews its own). It wins over
     * {@link #feedToken()}.
     */
    Optional<Path> feedTokenFile();

    /**
     * The key webhook signing secrets are sealed with at rest (the base64 of 32 random bytes). Required when webhooks
     * are on; the local run makes one.
     */
    Optional<String> secretKey();

    /**
     * Networks (CIDR, or single addresses) a webhook may be sent to although they are internal: a council's own
     * receivers on its private network. Empty by default: webhooks go to public addresses only.
     */
    Optional<List<String>> allowedNetworks();

    /** Whether a receiver must be https (true everywhere but the local run). */
    @WithDefault("true")
    boolean requireHttps();

    /**
     * How often the change feed is read for new changes; the deliveries a read owes are sent at once. Quarkus's
     * scheduler looks at its triggers once a second, so a shorter interval is a second.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How often the change feed is read while no subscription is active (the cursor kept near the feeds' heads, so
     * that a new subscription's first read has little to pass over); at least the poll interval.
     */
    @WithDefault("10s")
    Duration idlePollInterval();

    /**
     * How soon the feed is read again after a read that owed deliveries: while changes a subscription wants keep
     * coming they are followed at this pace, not once a scheduler turn.
     */
    @WithDefault("200ms")
    Duration busyPollInterval();

    /** How often due deliveries (retries, and any a read did not send at once) are sent; at least a second. */
    @WithDefault("1s")
    Duration deliverInterval();

    /** The wait before the first retry; each next wait doubles. */
    @WithDefault("10s")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration longestRetry();

    /** How long after a change its delivery is still tried; then it is FAILED. */
    @WithDefault("24h")
    Duration retryWindow();

    /** The most deliveries one round claims and sends (a round ends when its slowest receiver has answered). */
    @WithDefault("200")
    int batchSize();

    /**
     * The most deliveries sent to one webhook at the same time (at least one). A receiver that answers in tens of
     * milliseconds still keeps up with a burst of changes, and no receiver is sent more than this at once.
     */
    @WithDefault("4")
    int sendsPerReceiver();

    /**
     * How long a receiver has to accept the connection, and then as long again to answer one delivery.
     * A claimed delivery is leased for twice this plus 5 s, renewed just before it is sent (DeliverySender).
     */
    @WithDefault("10s")
    Duration requestTimeout();
}
