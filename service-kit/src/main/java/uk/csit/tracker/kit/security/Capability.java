package uk.csit.tracker.kit.security;

/**
 * What a caller may do. Resources declare capabilities ({@code @RolesAllowed(Capability.READ)}),
 * never token roles: which role grants which capability is decided in one place, {@link Role}. The
 * names are in a namespace of their own ({@code capability:}), and only {@link CapabilityAugmentor}
 * gives them to an identity: a token's roles claim never reaches an identity as it is.
 */
public final class Capability {

    /** Read the services' records, summaries and the gateway's aggregates. */
    public static final String READ = "capability:read";
    /** Read audit history and change feeds (they name staff, who are personal data). */
    public static final String READ_HISTORY = "capability:read-history";
    public static final String WRITE_PLAN = "capability:write-plan";
    public static final String WRITE_INSPECTION = "capability:write-inspection";
    public static final String WRITE_FINANCE = "capability:write-finance";
    /** Manage integrations (webhook subscriptions). */
    public static final String ADMINISTER = "capability:administer";

    private Capability() {
    }
}
