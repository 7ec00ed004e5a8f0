package uk.csit.tracker.plan.domain;

/** What a programme of work answers. */
public enum ProgrammeKind {
    /** The improvement plan answering an inspection and any intervention. */
    INSPECTION_IMPROVEMENT,
    /** A national reform the council delivers, such as the Families First Partnership. */
    REFORM,
    /** A programme of the council's own. */
    LOCAL
}
