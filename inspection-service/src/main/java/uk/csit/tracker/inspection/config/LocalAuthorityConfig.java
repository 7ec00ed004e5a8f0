package uk.csit.tracker.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The council this deployment serves (environment: {@code LOCAL_AUTHORITY_NAME}, {@code LOCAL_AUTHORITY_ONS_CODE}). */
@ConfigMapping(prefix = "tracker.local-authority")
public interface LocalAuthorityConfig {

    @WithDefault("London Borough of Havering")
    String name();

    @WithDefault("E09000016")
    String onsCode();
}
