package uk.csit.tracker.inspection.domain;

/** The parts of an inspection report or monitoring letter. */
public enum FindingType {
    RECOMMENDATION, AREA_FOR_PRIORITY_ACTION, AREA_FOR_IMPROVEMENT, STRENGTH, HEADLINE_FINDING
}
