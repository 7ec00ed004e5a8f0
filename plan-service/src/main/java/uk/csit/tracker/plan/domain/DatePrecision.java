package uk.csit.tracker.plan.domain;

/** How exactly a date is known: a date known to the month is stored as the month's first day. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
