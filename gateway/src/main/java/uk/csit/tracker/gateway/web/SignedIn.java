package uk.csit.tracker.gateway.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.kit.request.RequestContext;
import uk.csit.tracker.kit.security.Capability;

/**
 * The person signed in to the board's pages: the services are read and written with their own access token, so a
 * page shows and does exactly what the API would let them.
 */
@RequestScoped
public class SignedIn {

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    FormTokens forms;

    public Caller caller() {
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        return new Caller(access == null ? null : "Bearer " + access.getToken(), RequestContext.currentRequestId());
    }

    /** The name to greet them by: their name, else their user name. */
    public String name() {
        Object name = idToken.getClaim("name");
        return name != null ? name.toString() : identity.getPrincipal().getName();
    }

    public boolean mayWritePlan() {
        return identity.hasRole(Capability.WRITE_PLAN);
    }

    /** This session's token for the forms it is served. */
    public String formToken() {
        return forms.tokenFor(session());
    }

    public boolean formTokenIs(String token) {
        return forms.accepts(session(), token);
    }

    private String session() {
        return idToken.getSubject() + ":" + idToken.getIssuedAtTime();
    }
}
