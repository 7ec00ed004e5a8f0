package uk.csit.tracker.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/** Adds to an authenticated identity the capabilities its roles grant (see {@link Role}). */
@ApplicationScoped
public class CapabilityAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> capabilities = new HashSet<>();
        for (String claimed : identity.getRoles()) {
            Role role = Role.fromClaim(claimed);
            if (role != null) {
                capabilities.addAll(role.capabilities());
            }
        }
        if (capabilities.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(capabilities).build());
    }
}
