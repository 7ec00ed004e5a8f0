package uk.csit.tracker.kit.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ids given to requests that bring none of their own. */
class RequestIdTest {

    @Test
    void aNewRequestIdIsAVersion4UuidAndNoTwoAreAlike() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestContextFilter.newId();
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            assertEquals(id, parsed.toString());
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
