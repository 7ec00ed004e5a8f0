package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorisation matrix, generated from a service's committed OpenAPI document: every
 * operation, called with no token and with a token of every role, must answer 401 without a
 * token, 403 for a role its {@code x-roles-allowed} does not list, and neither for a role it lists. Requests carry a ref that does not exist and an empty body, so
 * that an allowed call fails on validation or lookup and changes nothing.
 */
public final class AuthorizationMatrix {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** The extension that lists the roles an operation admits (service-kit ContractFilters.ROLES_EXTENSION). */
    static final String ROLES = "x-roles-allowed";

    private AuthorizationMatrix() {
    }

    /** One row of the matrix that did not hold. */
    public record Miss(String method, String path, String role, int expected, int actual) {
    }

    /**
     * @param committed    the module's openapi.json
     * @param capabilities each role to the capabilities it grants (the roles are the keys)
     * @return the operations and roles that answered otherwise than the matrix says (empty when all hold)
     */
    public static List<Miss> check(Path committed, Map<String, Set<String>> capabilities) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(Files.readString(committed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContractExchange service = ContractExchange.withServiceUnderTest();
        List<Miss> misses = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String path = entry.getKey().replaceAll("\\{[^}]+}", "MATRIX-NO-SUCH-REF");
            for (String method : METHODS) {
                JsonNode operation = entry.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                operations++;
                boolean secured = !operation.path("security").isEmpty();
                Set<String> admitted = new HashSet<>();
                operation.path(ROLES).forEach(role -> admitted.add(role.asText()));
                if (secured && admitted.isEmpty()) {
                    throw new AssertionError(method + " " + entry.getKey() + " needs a token but lists no " + ROLES);
                }
                int anonymous = call(service, null, method, path);
                if (secured && anonymous != 401) {
                    misses.add(new Miss(method, entry.getKey(), "(no token)", 401, anonymous));
                }
                for (Map.Entry<String, Set<String>> role : capabilities.entrySet()) {
                    boolean allowed = !secured || admitted.contains(role.getKey());
                    int status = call(service, TestTokens.bearer("matrix-" + role.getKey().toLowerCase()
                            + "@csit.test", role.getKey()), method, path);
                    if (allowed && (status == 401 || status == 403)) {
                        misses.add(new Miss(method, entry.getKey(), role.getKey(), 0, status));
                    } else if (!allowed && status != 403) {
                        misses.add(new Miss(method, entry.getKey(), role.getKey(), 403, status));
                    }
                }
            }
        }
        if (operations == 0) {
            throw new AssertionError("No operations in " + committed + ": the matrix would check nothing");
        }
        return misses;
    }

    /** One call with this Authorization header (none when null), an If-Match and, for a write, an empty JSON body. */
    private static int call(ContractExchange service, String authorization, String method, String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("If-Match", "\"0\"");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        boolean write = !method.equals("get") && !method.equals("delete");
        return service.send(method.toUpperCase(), path, headers, write ? "{}" : null).statusCode();
    }
}
