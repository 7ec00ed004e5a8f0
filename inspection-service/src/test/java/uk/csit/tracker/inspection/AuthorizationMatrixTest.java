package uk.csit.tracker.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.security.Role;
import uk.csit.tracker.kit.testing.AuthorizationMatrix;

/** Every operation of the committed contract, with no token and with each role. */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryRoleAsTheMatrixSays() {
        Map<String, Set<String>> roles = Arrays.stream(Role.values())
                .collect(Collectors.toMap(Role::name, Role::capabilities));
        List<AuthorizationMatrix.Miss> misses = AuthorizationMatrix.check(Path.of("openapi.json"), roles);
        assertEquals(List.of(), misses);
    }
}
