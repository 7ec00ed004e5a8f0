package uk.csit.tracker.inspection.domain;

/** Who oversees an intervention. */
public enum OversightRoleType {
    DFE_IMPROVEMENT_ADVISER, CHILDRENS_SERVICES_COMMISSIONER, INDEPENDENT_BOARD_CHAIR
}
