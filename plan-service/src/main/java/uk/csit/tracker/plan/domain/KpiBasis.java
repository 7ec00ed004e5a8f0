package uk.csit.tracker.plan.domain;

/** Whose figure a KPI value is. */
public enum KpiBasis {
    /** The council's own management information, entered through the API (often monthly). */
    LOCAL,
    /** The council's row of a published statistics file (the DfE's, annual), with the comparators beside it. */
    PUBLISHED
}
