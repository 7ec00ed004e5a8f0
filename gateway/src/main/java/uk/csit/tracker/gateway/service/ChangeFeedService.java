package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.gateway.client.FinanceClient;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.ServiceClient;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;

/**
 * The three services' change feeds as one: each service's next slice is read in parallel from the
 * reader's cursor for it, and the slices are merged oldest first by taking, each time, the earliest
 * of the three heads. Taking only heads keeps each service's own commit order and moves each
 * service's cursor only past what the reader was given, so nothing is skipped or given twice; a
 * service that does not answer keeps its cursor and the page says it is degraded.
 */
@ApplicationScoped
public class ChangeFeedService {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 200;

    @Inject
    Aggregator aggregator;

    @Inject
    InspectionClient inspection;

    @Inject
    PlanClient plan;

    @Inject
    FinanceClient finance;

    @Inject
    Clock clock;

    public MergedChanges changes(FeedCursor cursor, int limit, Caller caller) {
        Map<String, ServiceClient> clients = Map.of("inspection", inspection, "plan", plan, "finance", finance);
        Map<String, CompletableFuture<Outcome>> reads = new LinkedHashMap<>();
        for (String source : FeedCursor.SOURCES) {
            ServiceClient client = clients.get(source);
            reads.put(source, aggregator.start(client.name(), () -> client.changes(cursor.position(source), limit, caller)));
        }
        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        Map<String, Deque<MergedChange>> heads = new LinkedHashMap<>();
        boolean more = false;
        for (Map.Entry<String, CompletableFuture<Outcome>> read : reads.entrySet()) {
            Outcome outcome = read.getValue().join();
            List<MergedChange> slice = outcome.ok() ? slice(read.getKey(), outcome.data()) : null;
            if (slice == null) {
                sources.put(read.getKey(), Outcome.unavailable().state());
                continue;
            }
            sources.put(read.getKey(), outcome.state());
            heads.put(read.getKey(), new ArrayDeque<>(slice));
            more |= outcome.data().path("hasMore").asBoolean(false);
        }

        List<MergedChange> items = new ArrayList<>();
        FeedCursor next = cursor;
        while (items.size() < limit) {
            String earliest = null;
            for (Map.Entry<String, Deque<MergedChange>> head : heads.entrySet()) {
                MergedChange candidate = head.getValue().peek();
                if (candidate != null && (earliest == null
                        || candidate.occurredAt().isBefore(heads.get(earliest).peek().occurredAt()))) {
                    earliest = head.getKey();
                }
            }
            if (earliest == null) {
                break;
            }
            MergedChange taken = heads.get(earliest).poll();
            items.add(taken);
            next = next.movedTo(earliest, taken.cursor());
        }
        boolean leftOver = heads.values().stream().anyMatch(queue -> !queue.isEmpty());
        boolean degraded = sources.values().stream().anyMatch(state -> !Outcome.SourceState.OK.equals(state.state()));
        return new MergedChanges(clock.instant(), degraded, sources, items, next.token(), more || leftOver);
    }

    /** A service's slice as merged changes, or null when it is not a slice of a change feed. */
    private static List<MergedChange> slice(String source, JsonNode page) {
        JsonNode items = page.path("items");
        if (!items.isArray()) {
            return null;
        }
        List<MergedChange> slice = new ArrayList<>();
        for (JsonNode item : items) {
            String cursor = item.path("cursor").asText("");
            if (!cursor.matches("[0-9]{1,18}")) {
                return null;
            }
            try {
                slice.add(new MergedChange(source, cursor, Instant.parse(item.path("occurredAt").asText("")),
                        item.path("entityType").asText(null), item.path("entityRef").asText(null),
                        item.path("operation").asText(null), item.path("actor").asText(null),
                        item.path("requestId").asText(null), object(item.get("before")), object(item.get("after"))));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return slice;
    }

    private static JsonNode object(JsonNode value) {
        return value == null || value.isNull() ? null : value;
    }

    @Schema(name = "MergedChangeFeedPage", description = "The next changes of every service, oldest first.")
    public record MergedChanges(
            @Schema(description = "When the gateway assembled this answer.") Instant asAt,
            @Schema(description = "True when a service did not answer: its changes are not here, its cursor did not"
                    + " move, and reading on from nextCursor later gives them.") boolean degraded,
            @Schema(description = "Each service's state: inspection, plan, finance.") Map<String, Outcome.SourceState> sources,
            @Schema(description = "Changes after the cursor, oldest first; each service's in its own commit order.")
            List<MergedChange> items,
            @Schema(description = "Pass as `after` to read on; the same cursor when there is nothing new.",
                    example = "aW5zcGVjdGlvbjoxMixwbGFuOjQwLGZpbmFuY2U6Mw") String nextCursor,
            @Schema(description = "Whether more changes are waiting beyond this page.") boolean hasMore) {
    }

    @Schema(name = "MergedChange", description = "One committed write in one service.")
    public record MergedChange(
            @Schema(description = "The service that made it.", enumeration = {"inspection", "plan", "finance"})
            String source,
            @Schema(description = "Its position in that service's own feed (GET /api/v1/changes on the service).",
                    example = "1042") String cursor,
            @Schema(description = "When the writing transaction ran (UTC).") Instant occurredAt,
            @Schema(description = "The kind of record, named as its collection in the API.", example = "actions")
            String entityType,
            @Schema(description = "The record's ref.", example = "A-2.4") String entityRef,
            @Schema(description = "CREATE, UPDATE or DELETE.", example = "UPDATE") String operation,
            @Schema(description = "The authenticated subject that made the change.") String actor,
            @Schema(description = "The X-Request-Id of the request that made it.") String requestId,
            @Schema(description = "The record before the change (absent for a create).", type = SchemaType.OBJECT,
                    implementation = Object.class) JsonNode before,
            @Schema(description = "The record after the change (absent for a delete).", type = SchemaType.OBJECT,
                    implementation = Object.class) JsonNode after) {
    }
}
