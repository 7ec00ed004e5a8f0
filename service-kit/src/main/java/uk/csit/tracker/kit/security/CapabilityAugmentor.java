package uk.csit.tracker.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives an authenticated caller the capabilities its token's roles grant (see {@link Role}), and nothing else.
 * The identity keeps none of the token's own role names: a token that names a capability ({@code "administer"})
 * or any other string gains nothing by it. The roles are read from the one configured claim only; a token without
 * it has no roles (SmallRye would otherwise fall back to the {@code groups} claim).
 */
@ApplicationScoped
public class CapabilityAugmentor implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "smallrye.jwt.path.groups", defaultValue = "roles")
    String rolesClaim;

    /**
     * What each verified token grants, worked out once per token: VerifiedTokens gives the same token object for
     * the same bearer token, and SmallRye answers a read of a claim outside the standard's list (ours, "roles") by
     * throwing and catching an exception, once per request on the event loop if it were read each time.
     */
    private final Cache<JsonWebToken, Set<String>> granted = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> capabilities = identity.getPrincipal() instanceof JsonWebToken token
                ? granted.get(token, this::capabilities) : Set.of();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(capabilities)
                .setAnonymous(false)
                .build());
    }

    /** The capabilities the roles a token claims grant. */
    private Set<String> capabilities(JsonWebToken token) {
        Set<String> capabilities = new HashSet<>();
        for (String claimed : claimedRoles(token)) {
            Role role = Role.fromClaim(claimed);
            if (role != null) {
                capabilities.addAll(role.capabilities());
            }
        }
        return Set.copyOf(capabilities);
    }

    /** The role names in the configured claim of the bearer token; none when it has no such claim. */
    private List<String> claimedRoles(JsonWebToken token) {
        // A nested claim is named by its path, as for SmallRye ("realm_access/roles").
        String[] path = rolesClaim.split("/");
        Object claim = token.getClaim(path[0]);
        for (int i = 1; i < path.length; i++) {
            claim = claim instanceof JsonObject object ? object.get(path[i]) : null;
        }
        if (claim instanceof JsonArray array) {
            return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString()).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (claim instanceof JsonString single) {
            return List.of(single.getString());
        }
        if (claim instanceof String single) {
            return List.of(single);
        }
        return List.of();
    }
}
