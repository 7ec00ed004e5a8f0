package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed OpenAPI 3.1 document as the request validator reads it: the validator's parser
 * reads parameter types only in the 3.0 form, so the few 3.1 schema forms the services generate
 * are rewritten to their 3.0 equivalents ({@code type: [T, "null"]} to {@code type: T, nullable},
 * a numeric {@code exclusiveMinimum} to {@code minimum} with {@code exclusiveMinimum: true}, and
 * schema {@code examples} lists, which carry no rules, left out), and the {@code webhooks} section, which 3.0
 * does not have and which describes no request to the API, left out.
 */
final class OpenApi30View {

    private OpenApi30View() {
    }

    static String of(JsonNode document) {
        JsonNode copy = document.deepCopy();
        ((ObjectNode) copy).put("openapi", "3.0.3");
        // 3.0 has no webhooks section: what the gateway sends to receivers is no request or answer of the API.
        ((ObjectNode) copy).remove("webhooks");
        rewrite(copy);
        return copy.toString();
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                boolean nullable = named.remove("null");
                if (named.size() == 1) {
                    object.put("type", named.get(0));
                } else {
                    object.remove("type");
                }
                if (nullable) {
                    object.put("nullable", true);
                }
            }
            JsonNode exclusiveMinimum = object.get("exclusiveMinimum");
            if (exclusiveMinimum != null && exclusiveMinimum.isNumber()) {
                object.set("minimum", exclusiveMinimum);
                object.put("exclusiveMinimum", true);
            }
            if (object.get("examples") instanceof ArrayNode) {
                object.remove("examples");
            }
            object.elements().forEachRemaining(OpenApi30View::rewrite);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30View::rewrite);
        }
    }
}
