package uk.csit.tracker.inspection.rest.dto;

/** What every version field says. */
final class Versions {

    static final String VERSION = "Changes with every write; sent as the ETag, to be sent back in If-Match.";

    private Versions() {
    }
}
