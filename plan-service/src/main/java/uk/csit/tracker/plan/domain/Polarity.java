package uk.csit.tracker.plan.domain;

/** Which way a KPI improves. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
