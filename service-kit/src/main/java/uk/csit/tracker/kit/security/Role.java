package uk.csit.tracker.kit.security;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The roles a token may carry (Entra ID app roles, in the {@code roles} claim), and the
 * capabilities each grants: the whole authorisation matrix.
 */
public enum Role {
    VIEWER(Capability.READ),
    ADVISOR(Capability.READ, Capability.READ_HISTORY),
    PLAN_EDITOR(Capability.READ, Capability.READ_HISTORY, Capability.WRITE_PLAN),
    INSPECTION_EDITOR(Capability.READ, Capability.READ_HISTORY, Capability.WRITE_INSPECTION),
    FINANCE_EDITOR(Capability.READ, Capability.READ_HISTORY, Capability.WRITE_FINANCE),
    ADMIN(Capability.READ, Capability.READ_HISTORY, Capability.WRITE_PLAN, Capability.WRITE_INSPECTION,
            Capability.WRITE_FINANCE, Capability.ADMINISTER);

    private final Set<String> capabilities;

    Role(String... capabilities) {
        this.capabilities = Set.of(capabilities);
    }

    public Set<String> capabilities() {
        return capabilities;
    }

    /** Each role's name and the capabilities it grants: the matrix every operation is checked against. */
    public static Map<String, Set<String>> matrix() {
        return Stream.of(values()).collect(Collectors.toUnmodifiableMap(Role::name, Role::capabilities));
    }

    public static Role fromClaim(String value) {
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
