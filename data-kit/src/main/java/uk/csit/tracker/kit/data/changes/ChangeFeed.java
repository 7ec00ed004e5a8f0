package uk.csit.tracker.kit.data.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * The change feed: every committed change exactly once, in the order the service saw them commit.
 *
 * <p>A change gets its feed position only once it is committed: the sequencer (one at a time, under
 * a transaction-scoped advisory lock) numbers the committed changes that have no position yet. A
 * transaction that commits late is simply numbered in a later round, after everything already
 * numbered; so a reader's cursor can never pass a change it has not been given, however
 * transactions interleave. Identity ids are only a tie-breaker inside one round.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 200;
    /** Arbitrary but fixed: the advisory lock that makes the sequencer single. */
    static final long SEQUENCER_LOCK = 0x43534954_46454544L;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    public ChangeFeedPage read(String after, String limitParameter) {
        long cursor = parseCursor(after);
        int limit = parseLimit(limitParameter);
        QuarkusTransaction.requiringNew().run(this::sequence);
        List<ChangeEntry> items = QuarkusTransaction.requiringNew().call(() -> select(cursor, limit + 1));
        boolean hasMore = items.size() > limit;
        List<ChangeEntry> page = hasMore ? items.subList(0, limit) : items;
        String next = page.isEmpty() ? Long.toString(cursor) : page.get(page.size() - 1).cursor();
        return new ChangeFeedPage(page, next, hasMore);
    }

    /** Numbers the committed changes that have no position yet; returns how many it numbered. */
    int sequence() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SEQUENCER_LOCK).getSingleResult();
        return em.createNativeQuery("""
                update change_event c set position = base.last + pending.rank
                from (select id, row_number() over (order by id) as rank
                        from change_event where position is null) pending,
                     (select coalesce(max(position), 0) as last from change_event) base
                where c.id = pending.id""").executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<ChangeEntry> select(long cursor, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select position, occurred_at, entity_type, entity_ref, operation, actor, request_id,
                       cast(before_value as text), cast(after_value as text)
                from change_event where position > ?1 order by position limit ?2""")
                .setParameter(1, cursor).setParameter(2, limit).getResultList();
        List<ChangeEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(toEntry(row, mapper));
        }
        return entries;
    }

    static ChangeEntry toEntry(Object[] row, ObjectMapper mapper) {
        return new ChangeEntry(
                row[0] == null ? null : row[0].toString(),
                instant(row[1]),
                (String) row[2],
                (String) row[3],
                ChangeOperation.valueOf((String) row[4]),
                (String) row[5],
                (String) row[6],
                tree(mapper, (String) row[7]),
                tree(mapper, (String) row[8]));
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value);
    }

    static JsonNode tree(ObjectMapper mapper, String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored change is not JSON", e);
        }
    }

    private static long parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(after.trim());
            if (value < 0) {
                throw ProblemException.invalid("after", "must be a cursor returned by this feed (or empty to start)");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "must be a cursor returned by this feed (or empty to start)");
        }
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value < 1 || value > MAX_LIMIT) {
                throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
    }
}
