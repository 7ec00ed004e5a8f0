package uk.csit.tracker.kit.data.changes;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a service holds, collection by collection, as its API shows each record: implemented by each service, so that
 * records its seed wrote straight into the database get their CREATE in the change feed like any other
 * (SeedChanges), and a copy of the service can be built from its feed alone.
 */
public interface RecordCatalogue {

    /** One record of a collection: its ref as the change feed names it, and the record as the API shows it. */
    record Entry(String ref, Object record) {
    }

    /** A collection (named as the change feed names it) and how to read all of it. */
    record Collection(String entityType, Supplier<List<Entry>> records) {
    }

    /** Every collection, parents before the records under them (plans before priorities before actions). */
    List<Collection> collections();
}
