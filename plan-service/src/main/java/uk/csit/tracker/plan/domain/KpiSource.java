package uk.csit.tracker.plan.domain;

/** Where a KPI's figures come from. */
public enum KpiSource {
    CIN_CENSUS, SSDA903, WORKFORCE_CENSUS, ANNEX_A, LOCAL_MI
}
