package uk.csit.tracker.plan.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The published statistics a seeded start imports once (class-path resources). */
@ConfigMapping(prefix = "tracker.published-statistics")
public interface PublishedStatisticsConfig {

    /** The DfE's statistical-neighbour model, imported before the files. */
    Optional<String> seedNeighbourModel();

    /** Published files, each written {@code resource@YYYY-MM-DD} with the day it was released. */
    Optional<List<String>> seedFiles();
}
