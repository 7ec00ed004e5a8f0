package uk.csit.tracker.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whose tracker this is: the council whose row of a published file is its KPI value. */
@ConfigMapping(prefix = "tracker.council")
public interface CouncilConfig {

    /** The council's ONS code as the DfE's files write it in {@code new_la_code} (environment: COUNCIL_CODE). */
    @WithDefault("E09000016")
    String code();
}
