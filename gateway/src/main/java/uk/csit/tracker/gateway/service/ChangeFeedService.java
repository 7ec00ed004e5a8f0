package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.client.FeedDtos.FeedEntry;
import uk.csit.tracker.gateway.client.FeedDtos.FeedSlice;
import uk.csit.tracker.gateway.client.FinanceClient;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.PlanClient;

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

    /**
     * Why a change's before and after are free-form in the contract: they are a record of whichever collection
     * entityType names, exactly as its service shows it.
     */
    static final String FREE_FORM = " It is the record exactly as its service's API shows it, so its shape is that of"
            + " the collection entityType names (for actions the Action schema, for findings Finding, and so on); the"
            + " webhooks section of this contract gives each event type's record schema.";
    static final String BEFORE = "The record before the change (absent for a create)." + FREE_FORM;
    static final String AFTER = "The record after the change (absent for a delete)." + FREE_FORM;
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
        Map<String, CompletableFuture<Outcome<FeedSlice>>> reads = new LinkedHashMap<>();
        reads.put("inspection", aggregator.start("inspection-service",
                () -> inspection.changes(cursor.position("inspection"), limit, caller)));
        reads.put("plan", aggregator.start("plan-service", () -> plan.changes(cursor.position("plan"), limit, caller)));
        reads.put("finance", aggregator.start("finance-service",
                () -> finance.changes(cursor.position("finance"), limit, caller)));
        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        Map<String, Deque<MergedChange>> heads = new LinkedHashMap<>();
        boolean more = false;
        for (Map.Entry<String, CompletableFuture<Outcome<FeedSlice>>> read : reads.entrySet()) {
            Outcome<FeedSlice> outcome = read.getValue().join();
            List<MergedChange> slice = outcome.ok() ? slice(read.getKey(), outcome.data()) : null;
            if (slice == null) {
                sources.put(read.getKey(), Outcome.unavailable().state());
                continue;
            }
            sources.put(read.getKey(), outcome.state());
            heads.put(read.getKey(), new ArrayDeque<>(slice));
            more |= Boolean.TRUE.equals(outcome.data().hasMore());
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
    private static List<MergedChange> slice(String source, FeedSlice page) {
        if (page.items() == null) {
            return null;
        }
        List<MergedChange> slice = new ArrayList<>();
        for (FeedEntry item : page.items()) {
            if (item.cursor() == null || !item.cursor().matches("[0-9]{1,18}") || item.occurredAt() == null) {
                return null;
            }
            slice.add(new MergedChange(source, item.cursor(), item.occurredAt(), item.entityType(), item.entityRef(),
                    item.operation(), item.actor(), item.requestId(), object(item.before()), object(item.after())));
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
            @Schema(description = BEFORE, type = SchemaType.OBJECT, implementation = Object.class,
                    additionalProperties = Schema.True.class) JsonNode before,
            @Schema(description = AFTER, type = SchemaType.OBJECT, implementation = Object.class,
                    additionalProperties = Schema.True.class) JsonNode after) {
    }
}
