package uk.csit.tracker.finance.domain;

/** What money was approved for. */
public enum AllocationCategory {
    DEMAND_GROWTH, IMPROVEMENT_PLAN, WORKSTREAM, OTHER
}
