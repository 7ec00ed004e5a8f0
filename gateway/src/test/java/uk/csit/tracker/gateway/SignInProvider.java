package uk.csit.tracker.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider (NAV's mock-oauth2-server) that the board's pages sign people in with: discovery,
 * authorisation code flow, signed ID and access tokens. Each sign-in is given the user and roles a test asks for.
 */
public class SignInProvider implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "csit";
    static MockOAuth2Server server;

    @Override
    public Map<String, String> start() {
        server = new MockOAuth2Server();
        server.start();
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", server.issuerUrl(ISSUER).toString(),
                "quarkus.oidc.client-id", "csit-board",
                "quarkus.oidc.credentials.secret", "the tests' client secret",
                "quarkus.oidc.authentication.cookie-force-secure", "false");
    }

    /** The next person to sign in: their user name and roles, in the tokens' roles claim. */
    static void nextSignIn(String user, String... roles) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, user, "JWT", List.of("csit-api"),
                Map.of("roles", List.of(roles), "name", user), 3600));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
    }
}
