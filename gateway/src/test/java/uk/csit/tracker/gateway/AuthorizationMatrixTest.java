package uk.csit.tracker.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.security.Role;
import uk.csit.tracker.kit.testing.AuthorizationMatrix;

/**
 * The gateway's own operations of the committed contract, with no token and with each role. The
 * forwarded operations are the services' own: each service's matrix test checks them, and the
 * gateway passes the caller's token on (the end-to-end test sees a 403 come back through it).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final Set<String> OWN = Set.of("/api/v1/status", "/api/v1/recommendations/{ref}", "/api/v1/timeline",
            "/api/v1/integrity", "/api/v1/changes", "/api/v1/webhooks", "/api/v1/webhooks/event-types", "/api/v1/webhooks/{id}",
            "/api/v1/webhooks/{id}/deliveries", "/api/v1/board-pack");

    @Test
    void everyOwnOperationAnswersEveryRoleAsTheMatrixSays() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(Path.of("openapi.json").toFile());
        ((ObjectNode) document.get("paths")).retain(OWN);
        assertEquals(OWN.size(), document.get("paths").size(), "the gateway's own operations are in the contract");
        Path own = Path.of("target", "openapi-own-operations.json");
        Files.createDirectories(own.getParent());
        json.writeValue(own.toFile(), document);

        Map<String, Set<String>> roles = Arrays.stream(Role.values())
                .collect(Collectors.toMap(Role::name, Role::capabilities));
        List<AuthorizationMatrix.Miss> misses = AuthorizationMatrix.check(own, roles);
        assertEquals(List.of(), misses);
    }
}
