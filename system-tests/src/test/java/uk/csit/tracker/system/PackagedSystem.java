package uk.csit.tracker.system;

import java.nio.file.Path;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.LocalSystemBuilder;

/**
 * The packaged system as {@code bin/run} starts it: the services' jars with their ahead-of-time cache, trained by the
 * first start after a build. The system tests start about forty service JVMs, so the cache pays for its training
 * many times over (bench/results/2026-12-06-ci-time.md).
 */
final class PackagedSystem {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private PackagedSystem() {
    }

    static LocalSystemBuilder builder() {
        return LocalSystem.builder(ROOT).aotCache(true);
    }
}
