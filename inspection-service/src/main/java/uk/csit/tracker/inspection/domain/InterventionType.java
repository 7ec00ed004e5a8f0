package uk.csit.tracker.inspection.domain;

/** How the DfE intervenes: a non-statutory improvement notice, or a statutory direction (Education Act 1996 s497A). */
public enum InterventionType {
    IMPROVEMENT_NOTICE, STATUTORY_DIRECTION
}
