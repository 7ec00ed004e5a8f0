package uk.csit.tracker.kit.data.changes;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives the records a seed script wrote straight into the database their CREATE in the change feed, so that a copy
 * of the service built from its feed alone holds them too. Done once per script, after it is applied (or, for a
 * database seeded before this existed, at the next start), for every record that has no change recorded yet. Such a
 * CREATE has no actor and, as its request id, {@code seed <script>}: a value no request can carry (a request id has
 * no space), by which the history's "as at" rebuild knows it for the seed's and not the record's creation: the seed
 * holds the council's past, so its records were there before any day asked about.
 */
@ApplicationScoped
public class SeedChanges {

    /** The request id of a seed's changes: "seed " and the script. */
    public static final String REQUEST_PREFIX = "seed ";
    static final String DONE_SUFFIX = " changes";

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder recorder;

    @Inject
    Instance<RecordCatalogue> catalogue;

    /** Records the CREATEs owed for a script applied before, once; returns how many it recorded. */
    @Transactional
    public int recordFor(String script) {
        if (catalogue.isUnsatisfied()) {
            return 0;
        }
        em.createNativeQuery("lock table seed_history in exclusive mode").executeUpdate();
        boolean applied = !em.createNativeQuery("select 1 from seed_history where script = ?1")
                .setParameter(1, script).getResultList().isEmpty();
        boolean done = !em.createNativeQuery("select 1 from seed_history where script = ?1")
                .setParameter(1, script + DONE_SUFFIX).getResultList().isEmpty();
        if (!applied || done) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> recorded = em.createNativeQuery("select distinct entity_type, entity_ref from change_event")
                .getResultList();
        Set<String> known = new HashSet<>();
        recorded.forEach(row -> known.add(row[0] + " " + row[1]));
        int created = 0;
        for (RecordCatalogue.Collection collection : catalogue.get().collections()) {
            for (RecordCatalogue.Entry entry : collection.records().get()) {
                if (!known.contains(collection.entityType() + " " + entry.ref())) {
                    recorder.seeded(collection.entityType(), entry.ref(), entry.record(), REQUEST_PREFIX + script);
                    created++;
                }
            }
        }
        em.createNativeQuery("insert into seed_history (script, applied_at) values (?1, now())")
                .setParameter(1, script + DONE_SUFFIX).executeUpdate();
        Log.infof("Recorded %d seeded records of %s in the change feed", created, script);
        return created;
    }
}
