package uk.csit.tracker.plan.domain;

/** Where a version of the plan stands. */
public enum PlanStatus {
    DRAFT, APPROVED, SUPERSEDED
}
