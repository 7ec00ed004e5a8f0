package uk.csit.tracker.inspection.domain;

/** Ofsted's four grades, worst last. */
public enum Grade {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT_TO_BE_GOOD, INADEQUATE
}
