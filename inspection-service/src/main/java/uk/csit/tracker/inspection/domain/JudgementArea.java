package uk.csit.tracker.inspection.domain;

import java.time.LocalDate;

/**
 * The areas Ofsted grades, each with the period in which it is given, so that history keeps the
 * names of its time: children in care and care leavers were one judgement until January 2023, and
 * overall effectiveness is not given after 31 March 2026.
 */
public enum JudgementArea {
    OVERALL_EFFECTIVENESS(null, LocalDate.of(2026, 3, 31)),
    IMPACT_OF_LEADERS(LocalDate.of(2018, 1, 1), null),
    HELP_AND_PROTECTION(LocalDate.of(2018, 1, 1), null),
    CHILDREN_IN_CARE_AND_CARE_LEAVERS(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31)),
    CHILDREN_IN_CARE(LocalDate.of(2023, 1, 1), null),
    CARE_LEAVERS(LocalDate.of(2023, 1, 1), null),
    /** SIF areas (November 2013 to 2017). */
    SIF_HELP_AND_PROTECTION(LocalDate.of(2013, 11, 1), LocalDate.of(2017, 12, 31)),
    SIF_LOOKED_AFTER_AND_PERMANENCE(LocalDate.of(2013, 11, 1), LocalDate.of(2017, 12, 31)),
    SIF_ADOPTION_PERFORMANCE(LocalDate.of(2013, 11, 1), LocalDate.of(2017, 12, 31)),
    SIF_EXPERIENCES_OF_CARE_LEAVERS(LocalDate.of(2013, 11, 1), LocalDate.of(2017, 12, 31)),
    SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE(LocalDate.of(2013, 11, 1), LocalDate.of(2017, 12, 31));

    private final LocalDate validFrom;
    private final LocalDate validTo;

    JudgementArea(LocalDate validFrom, LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public String validity() {
        if (validFrom == null) {
            return "given until " + validTo;
        }
        return validTo == null ? "given from " + validFrom : "given from " + validFrom + " to " + validTo;
    }
}
