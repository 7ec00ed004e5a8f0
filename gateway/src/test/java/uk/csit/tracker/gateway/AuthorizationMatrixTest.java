package uk.csit.tracker.gateway;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import uk.csit.tracker.kit.security.Role;
import uk.csit.tracker.kit.testing.AuthorizationMatrixSuite;

/**
 * The gateway's own operations of the committed contract. The forwarded operations are the services' own: each
 * service's matrix test checks them, and the gateway passes the caller's token on (the end-to-end test sees a 403
 * come back through it).
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixSuite {

    static final Set<String> OWN = Set.of("/api/v1/status", "/api/v1/recommendations/{ref}", "/api/v1/timeline",
            "/api/v1/integrity", "/api/v1/changes", "/api/v1/webhooks", "/api/v1/webhooks/event-types",
            "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries", "/api/v1/board-pack");

    @Override
    protected Map<String, Set<String>> roles() {
        return Role.matrix();
    }

    @Override
    protected Set<String> ownPaths() {
        return OWN;
    }
}
