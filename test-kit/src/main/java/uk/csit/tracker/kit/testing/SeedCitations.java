package uk.csit.tracker.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Product data cites its public source (publisher, title, date), never a path of our repositories: a seed script
 * that names one (a {@code seeds/} article, a {@code DOMAIN.md}, a {@code shared/} folder) fails.
 */
public final class SeedCitations {

    private static final Pattern REPOSITORY_PATH = Pattern.compile("shared/|seeds/\\d|DOMAIN\\.md|\\.\\./");

    private SeedCitations() {
    }

    /** The lines of the seed script on the class path that name a path of ours instead of a public source. */
    public static void assertNoRepositoryPaths(String script) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            assertNotNull(in, script + " is on the class path");
            List<String> naming = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> REPOSITORY_PATH.matcher(line).find()).toList();
            assertEquals(List.of(), naming, script + " cites public sources, not paths of our repositories");
        }
    }
}
