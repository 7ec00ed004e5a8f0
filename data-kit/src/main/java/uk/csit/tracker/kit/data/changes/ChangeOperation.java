package uk.csit.tracker.kit.data.changes;

/** What a write did to a record. */
public enum ChangeOperation {
    CREATE,
    UPDATE,
    DELETE
}
