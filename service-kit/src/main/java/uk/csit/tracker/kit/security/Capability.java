package uk.csit.tracker.kit.security;

/**
 * What a caller may do. Resources declare capabilities ({@code @RolesAllowed(Capability.READ)}),
 * never token roles: which role grants which capability is decided in one place, {@link Role}.
 */
public final class Capability {

    /** Read the services' records, summaries and the gateway's aggregates. */
    public static final String READ = "read";
    /** Read audit history and change feeds (they name staff, who are personal data). */
    public static final String READ_HISTORY = "read-history";
    public static final String WRITE_PLAN = "write-plan";
    public static final String WRITE_INSPECTION = "write-inspection";
    public static final String WRITE_FINANCE = "write-finance";
    /** Manage integrations (webhook subscriptions). */
    public static final String ADMINISTER = "administer";

    private Capability() {
    }
}
