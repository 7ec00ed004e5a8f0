package uk.csit.tracker.plan.domain;

/** Red off track, amber at risk, green on track, complete; not assessed when an action lacks the dates to judge it. */
public enum Rag {
    RED, AMBER, GREEN, COMPLETE, NOT_ASSESSED
}
