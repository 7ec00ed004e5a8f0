package uk.csit.tracker.kit.data.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
        insert(entityType, ref, operation, actor(), requestId(), before, after);
    }

    /** The CREATE of a record a seed script wrote: no actor, and the seed's request id (SeedChanges). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seeded(String entityType, String ref, Object after, String seedRequestId) {
        insert(entityType, ref, ChangeOperation.CREATE, null, seedRequestId, null, after);
    }

    private void insert(String entityType, String ref, ChangeOperation operation, String actor, String requestId,
            Object before, Object after) {
        readCache.changing();
        em.createNativeQuery("insert into change_event (entity_type, entity_ref, operation, actor, request_id,"
                        + " before_value, after_value) values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), cast(?7 as jsonb))")
                .setParameter(1, entityType)
                .setParameter(2, ref)
                .setParameter(3, operation.name())
                .setParameter(4, actor)
                .setParameter(5, requestId)
                .setParameter(6, json(before))
                .setParameter(7, json(after))
                .executeUpdate();
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
