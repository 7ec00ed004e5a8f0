package uk.csit.tracker.plan.domain;

/** Where an action stands. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETE, DEFERRED, BLOCKED
}
