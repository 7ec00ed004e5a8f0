package uk.csit.tracker.plan.domain;

/** The bodies that review the plan. */
public enum BoardType {
    OFFICER_IMPROVEMENT_BOARD, CROSS_PARTY_OVERSIGHT_BOARD, SCRUTINY, CABINET
}
