package uk.csit.tracker.finance.domain;

/** Where money comes from. */
public enum FundingType {
    GOVERNMENT_SETTLEMENT, CAPITALISATION_DIRECTION, COUNCIL_RESERVES, GRANT
}
