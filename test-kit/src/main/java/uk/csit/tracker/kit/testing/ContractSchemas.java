package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Iterator;
import java.util.Map;

/** Reading a committed OpenAPI document: an operation by method and concrete path, and a schema with its references followed. */
record ContractSchemas(JsonNode contract) {

    private static final String JSON_TYPE = "application/json";

    /** The JSON request body's schema of an operation, resolved; null when it takes none. */
    JsonNode requestSchema(String method, String concretePath) {
        JsonNode schema = operation(method, concretePath).path("requestBody").path("content").path(JSON_TYPE)
                .path("schema");
        return schema.isMissingNode() ? null : resolve(schema);
    }

    /** The contract's operation for a method and a concrete path, matched against the path templates. */
    JsonNode operation(String method, String concretePath) {
        String path = concretePath.replaceAll("\\?.*", "");
        JsonNode exact = contract.path("paths").path(path).path(method.toLowerCase());
        if (!exact.isMissingNode()) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = contract.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (path.matches(entry.getKey().replaceAll("\\{[^}]+}", "[^/]+"))
                    && entry.getValue().has(method.toLowerCase())) {
                return entry.getValue().path(method.toLowerCase());
            }
        }
        return MissingNode.getInstance();
    }

    /** A schema with its reference, single-part allOf and nullable anyOf followed to the schema that says what it is. */
    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(contract.path("components").path("schemas").path(name));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option);
                }
            }
        }
        return schema;
    }

    /** Whether a property may be null: {@code anyOf} with null, or a type list with null. */
    static boolean nullable(JsonNode schema) {
        for (JsonNode option : schema.path("anyOf")) {
            if ("null".equals(option.path("type").asText())) {
                return true;
            }
        }
        for (JsonNode type : schema.path("type")) {
            if ("null".equals(type.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The JSON type a schema names (the first other than null), or what its keywords say it is. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("enum") ? "string" : "";
    }
}
