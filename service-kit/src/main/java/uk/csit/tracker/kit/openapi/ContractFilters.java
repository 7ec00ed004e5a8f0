package uk.csit.tracker.kit.openapi;

/**
 * The order the build-time OpenAPI filters run in (Quarkus runs the higher priority first): the gateway first
 * merges the services' contracts into its own, then every document is put into the contract's style, and
 * schemas nothing refers to any more are dropped last.
 */
public final class ContractFilters {

    /** The gateway's merge of the services' contracts. */
    public static final int MERGE = 1000;
    /** Declarations that later filters read: the problem answers every operation can give. */
    public static final int PROBLEMS = 600;
    public static final int PLAIN_TYPES = 500;
    public static final int MONEY = 500;
    public static final int ROLES = 500;
    /** Headers read the responses the filters before have declared (429, 503, 412...). */
    public static final int HEADERS = 400;
    public static final int UNUSED_SCHEMAS = -1000;

    /** The JSON Schema extension that lists the roles an operation admits (README, "API"). */
    public static final String ROLES_EXTENSION = "x-roles-allowed";

    private ContractFilters() {
    }
}
