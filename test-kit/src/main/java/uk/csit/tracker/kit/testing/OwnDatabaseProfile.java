package uk.csit.tracker.kit.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A test profile whose application runs on a PostgreSQL database of its own (and the test signing
 * keys), with settings of its own: for tests that need a start-up of their own, such as the seed
 * applied at start or a setting changed. A subclass names the database and the settings.
 */
public abstract class OwnDatabaseProfile implements QuarkusTestProfile {

    private final String database;
    private final Map<String, String> settings;

    protected OwnDatabaseProfile(String database, Map<String, String> settings) {
        this.database = database;
        this.settings = Map.copyOf(settings);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return settings;
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwtResource.class),
                new TestResourceEntry(PostgresResource.class, Map.of("database", database)));
    }
}
