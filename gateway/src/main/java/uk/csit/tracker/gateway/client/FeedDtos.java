package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A slice of a service's change feed, as every service's contract describes it (its ChangeFeedPage). A change's
 * before and after are the changed record as its own service shows it, of whichever collection: the one place the
 * gateway holds JSON it does not type, because it only passes it on.
 */
public final class FeedDtos {

    private FeedDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeedSlice(List<FeedEntry> items, String nextCursor, Boolean hasMore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeedEntry(String cursor, Instant occurredAt, String entityType, String entityRef, String operation,
            String actor, String requestId, JsonNode before, JsonNode after) {
    }
}
