package uk.csit.tracker.plan.domain;

/** How often a KPI is measured. */
public enum KpiFrequency {
    MONTHLY, QUARTERLY, ANNUAL
}
