package uk.csit.tracker.inspection.domain;

/** Kinds of Ofsted inspection and visit. Only some are graded. */
public enum InspectionType {
    /** ILACS standard inspection (two weeks on site). */
    ILACS_STANDARD(true),
    /** ILACS short inspection (one week). */
    ILACS_SHORT(true),
    /** Focused visit: no grade. */
    FOCUSED_VISIT(false),
    /** Monitoring visit after an Inadequate judgement: progress in words, no grade. */
    MONITORING_VISIT(false),
    /** Joint targeted area inspection with CQC and HMICFRS: no grade. */
    JTAI(false),
    /** The Single Inspection Framework (November 2013 to 2017), for history. */
    SIF_INSPECTION(true);

    private final boolean graded;

    InspectionType(boolean graded) {
        this.graded = graded;
    }

    public boolean graded() {
        return graded;
    }
}
