package uk.csit.tracker.kit.data.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.csit.tracker.kit.data.ReadCache;
import uk.csit.tracker.kit.request.RequestContext;
import uk.csit.tracker.kit.privacy.PersonalDataAccess;

/**
 * Records a write in the append-only {@code change_event} table, inside the writing transaction:
 * the change and its history commit or roll back together. The service layer calls it with the
 * DTOs it answers with, so history shows records as the API shows them.
 */
@ApplicationScoped
public class ChangeRecorder {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    RequestContext request;

    @Inject
    ReadCache readCache;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, String ref, Object after) {
        record(entityType, ref, ChangeOperation.CREATE, null, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, String ref, Object before, Object after) {
        record(entityType, ref, ChangeOperation.UPDATE, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, String ref, Object before) {
        record(entityType, ref, ChangeOperation.DELETE, before, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String ref, ChangeOperation operation, Object before, Object after) {
        recordAll(List.of(new Change(entityType, ref, operation, before, after)));
    }

    /**
     * The changes one write makes to several records (a progress update and its action, an import's new actions),
     * recorded in one statement per thousand and in the order given, which is the feed's order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Change> changes) {
        String actor = actor();
        String requestId = requestId();
        insert(changes.stream().map(change -> new Row(change, actor, requestId)).toList());
    }

    /** The CREATE of a record a seed script wrote: no actor, and the seed's request id (SeedChanges). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seeded(String entityType, String ref, Object after, String seedRequestId) {
        insert(List.of(new Row(Change.created(entityType, ref, after), null, seedRequestId)));
    }

    /** A change to one record, as the API shows the record before and after it (null for none). */
    public record Change(String entityType, String ref, ChangeOperation operation, Object before, Object after) {

        public static Change created(String entityType, String ref, Object after) {
            return new Change(entityType, ref, ChangeOperation.CREATE, null, after);
        }

        public static Change updated(String entityType, String ref, Object before, Object after) {
            return new Change(entityType, ref, ChangeOperation.UPDATE, before, after);
        }
    }

    /** Seven parameters a change: a thousand a statement stay far inside PostgreSQL's 65,535 a statement. */
    static final int CHANGES_PER_STATEMENT = 1000;

    private record Row(Change change, String actor, String requestId) {
    }

    private void insert(List<Row> rows) {
        readCache.changing();
        for (int from = 0; from < rows.size(); from += CHANGES_PER_STATEMENT) {
            insertInOneStatement(rows.subList(from, Math.min(rows.size(), from + CHANGES_PER_STATEMENT)));
        }
    }

    private void insertInOneStatement(List<Row> rows) {
        StringBuilder sql = new StringBuilder("insert into change_event (entity_type, entity_ref, operation, actor,"
                + " request_id, before_value, after_value) values ");
        for (int i = 0; i < rows.size(); i++) {
            int p = i * 7;
            sql.append(i == 0 ? "" : ", ").append("(?%d, ?%d, ?%d, ?%d, ?%d, cast(?%d as jsonb), cast(?%d as jsonb))"
                    .formatted(p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, p + 7));
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int p = i * 7;
            insert.setParameter(p + 1, row.change().entityType())
                    .setParameter(p + 2, row.change().ref())
                    .setParameter(p + 3, row.change().operation().name())
                    .setParameter(p + 4, row.actor())
                    .setParameter(p + 5, row.requestId())
                    .setParameter(p + 6, json(row.change().before()))
                    .setParameter(p + 7, json(row.change().after()));
        }
        insert.executeUpdate();
    }

    private String actor() {
        try {
            return request.actor();
        } catch (jakarta.enterprise.context.ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    private String requestId() {
        try {
            return request.requestId();
        } catch (jakarta.enterprise.context.ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        // The history keeps who did what whoever made the change; only callers who may read history read it.
        return PersonalDataAccess.revealed(() -> {
            try {
                return mapper.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A change could not be recorded as JSON", e);
            }
        });
    }
}
