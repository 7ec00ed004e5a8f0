package uk.csit.tracker.kit.data;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Seed data (Havering's real history) is for the local run and demonstrations, never part of the
 * production migrations: it is applied only when {@code tracker.seed.enabled} is true.
 */
@ConfigMapping(prefix = "tracker.seed")
public interface SeedConfig {

    /** Apply the seed scripts at start-up (environment: {@code TRACKER_SEED_ENABLED}). */
    @WithDefault("false")
    boolean enabled();

    /** Class-path resources, applied in order, each once. */
    Optional<List<String>> scripts();
}
