package uk.csit.tracker.inspection.domain;

/** Whether an intervention is in force. */
public enum InterventionStatus {
    OPEN, LIFTED, SUPERSEDED
}
