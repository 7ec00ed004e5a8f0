package uk.csit.tracker.finance.service;

import jakarta.persistence.Query;
import java.util.List;

/** The rows of a native query of several columns, each an array of its columns' values. */
final class NativeRows {

    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> of(Query query) {
        return query.getResultList();
    }
}
