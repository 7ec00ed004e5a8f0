package uk.csit.tracker.kit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the module's committed contract ({@code openapi.json}), called with no token and with each
 * role, answers as the roles' capabilities say ({@link AuthorizationMatrix}). A module's test extends it, as
 * {@link ServiceBasics}, and gives the roles (service-kit's {@code Role.matrix()}, which this kit cannot see).
 */
public abstract class AuthorizationMatrixSuite {

    /** Each role's name and the capabilities it grants. */
    protected abstract Map<String, Set<String>> roles();

    /** The paths this module answers itself; none named means every path of its contract. */
    protected Set<String> ownPaths() {
        return Set.of();
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheMatrixSays() throws IOException {
        Path contract = Path.of("openapi.json");
        Set<String> own = ownPaths();
        if (!own.isEmpty()) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode document = (ObjectNode) json.readTree(contract.toFile());
            ((ObjectNode) document.get("paths")).retain(own);
            assertEquals(own.size(), document.get("paths").size(), "every path named as the module's own is in its contract");
            contract = Path.of("target", "openapi-own-operations.json");
            Files.createDirectories(contract.getParent());
            json.writeValue(contract.toFile(), document);
        }
        List<AuthorizationMatrix.Miss> misses = AuthorizationMatrix.check(contract, roles());
        assertEquals(List.of(), misses);
    }
}
