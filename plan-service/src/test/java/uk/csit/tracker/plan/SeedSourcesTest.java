package uk.csit.tracker.plan;

import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.SeedCitations;

class SeedSourcesTest {

    @Test
    void theHaveringSeedCitesPublicSourcesOnly() throws Exception {
        SeedCitations.assertNoRepositoryPaths("db/seed/havering.sql");
        SeedCitations.assertNoRepositoryPaths("db/seed/havering-families-first.sql");
    }
}
