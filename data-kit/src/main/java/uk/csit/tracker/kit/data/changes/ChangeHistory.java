package uk.csit.tracker.kit.data.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;

/** Reads the recorded history: one record's changes, and every record of a kind as it stood at a time. */
@ApplicationScoped
public class ChangeHistory {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** One record's changes, oldest first; an empty page when nothing was recorded for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<ChangeEntry> of(String entityType, String ref, PageRequest page) {
        long total = ((Number) em.createNativeQuery(
                        "select count(*) from change_event where entity_type = ?1 and entity_ref = ?2")
                .setParameter(1, entityType).setParameter(2, ref).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                select position, occurred_at, entity_type, entity_ref, operation, actor, request_id,
                       cast(before_value as text), cast(after_value as text)
                from change_event where entity_type = ?1 and entity_ref = ?2
                order by id limit ?3 offset ?4""")
                .setParameter(1, entityType).setParameter(2, ref)
                .setParameter(3, page.size()).setParameter(4, page.offset())
                .getResultList();
        List<ChangeEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(ChangeFeed.toEntry(row, mapper));
        }
        return Page.of(entries, page, total);
    }

    /**
     * One record's changes, as {@link #of(String, String, PageRequest)}; when nothing was recorded
     * for the ref and no such record exists now either, a 404 naming it, so that a mistyped ref is
     * not answered with an empty history. (A record loaded by the seed exists without history.)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChangeEntry> of(String entityType, String ref, PageRequest page, String what,
            java.util.function.BooleanSupplier existsNow) {
        Page<ChangeEntry> changes = of(entityType, ref, page);
        if (changes.totalItems() == 0 && !existsNow.getAsBoolean()) {
            throw uk.csit.tracker.kit.problem.ProblemException.notFound(what, ref);
        }
        return changes;
    }

    /**
     * Every record of a kind as it stood at {@code at}: the last recorded value of each ref written
     * at or before that time, leaving out those deleted by then.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<JsonNode> stateAsOf(String entityType, Instant at) {
        List<String> rows = em.createNativeQuery("""
                select cast(after_value as text) from (
                    select distinct on (entity_ref) after_value
                    from change_event where entity_type = ?1 and occurred_at <= ?2
                    order by entity_ref, id desc) latest
                where after_value is not null""")
                .setParameter(1, entityType).setParameter(2, java.sql.Timestamp.from(at))
                .getResultList();
        return rows.stream().map(json -> ChangeFeed.tree(mapper, json)).toList();
    }
}
