package uk.csit.tracker.plan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import uk.csit.tracker.kit.security.Role;
import uk.csit.tracker.kit.testing.AuthorizationMatrixSuite;

@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixSuite {

    @Override
    protected Map<String, Set<String>> roles() {
        return Role.matrix();
    }
}
