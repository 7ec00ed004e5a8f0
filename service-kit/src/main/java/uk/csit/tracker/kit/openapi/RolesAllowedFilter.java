package uk.csit.tracker.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import uk.csit.tracker.kit.security.Role;

/**
 * Says who may call each operation in a form tools read. The scanner lists an operation's capabilities
 * ({@code @RolesAllowed("read")}) as if they were OAuth scopes of the bearer scheme, which they are not: a
 * bearer token carries roles, and linters rightly refuse scopes on an HTTP scheme. Here the requirement becomes
 * a plain bearer one, and the roles that grant the capability ({@link Role}, the one authorisation matrix) are
 * listed in the {@code x-roles-allowed} extension: any one of them is enough.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.ROLES)
public class RolesAllowedFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return operation;
        }
        Set<String> capabilities = new LinkedHashSet<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement bare = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    capabilities.addAll(scopes);
                }
                bare.addScheme(scheme, new ArrayList<>());
            });
            if (plain.stream().noneMatch(kept -> kept.getSchemes().keySet().equals(bare.getSchemes().keySet()))) {
                plain.add(bare);
            }
        }
        operation.setSecurity(plain);
        if (!capabilities.isEmpty()) {
            operation.addExtension(ContractFilters.ROLES_EXTENSION, rolesGranting(capabilities));
        }
        return operation;
    }

    /** The roles that grant any of the capabilities (as {@code @RolesAllowed} admits any), in the matrix's order. */
    static List<String> rolesGranting(Set<String> capabilities) {
        List<String> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.capabilities().stream().anyMatch(capabilities::contains)) {
                roles.add(role.name());
            }
        }
        return roles;
    }
}
