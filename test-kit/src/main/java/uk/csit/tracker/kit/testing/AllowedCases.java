package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.csit.tracker.kit.testing.HostileCases.ValidWrite;

/**
 * Generates requests the contract allows, from valid writes and the service's committed OpenAPI document: each valid
 * body changed in one property at a time to another value its schema allows (every value of an enumeration, the
 * longest and shortest text, the least and greatest number, the most and fewest items, null where it may be null,
 * left out where it is not required). A service must not answer any of them 400: what the contract allows, the
 * server accepts, and a refusal for a business rule is a 409 or 422 problem the contract documents. Properties that
 * identify a new record (a ref) are made unique per request, so that a create is tried, not refused as a duplicate.
 */
public final class AllowedCases {

    /** A request the contract allows, and which property it varies. */
    public record Case(String varies, ValidWrite write) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** Properties that name a new record: a created record's must be unique. */
    private static final Set<String> IDENTITIES = Set.of("ref", "code", "externalId");

    private final ContractSchemas schemas;
    private int unique;

    public AllowedCases(JsonNode contract) {
        this.schemas = new ContractSchemas(contract);
    }

    /** Every variant of every write (writes without a JSON body schema give none). */
    public List<Case> generate(List<ValidWrite> writes) {
        List<Case> cases = new ArrayList<>();
        for (ValidWrite write : writes) {
            JsonNode schema = schemas.requestSchema(write.method(), write.path());
            if (schema == null) {
                continue;
            }
            ObjectNode body = (ObjectNode) parse(write.body());
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String name = property.getKey();
                JsonNode declared = property.getValue();
                JsonNode resolved = schemas.resolve(declared);
                if (declared.path("readOnly").asBoolean() || resolved.path("readOnly").asBoolean()) {
                    continue;
                }
                boolean create = write.method().equals("POST");
                boolean identity = IDENTITIES.contains(name);
                if (identity && !create) {
                    continue; // a replace names the record in its path, and the body's must be the same
                }
                for (JsonNode value : allowed(resolved, body.get(name))) {
                    if (identity && value.isTextual() && value.asText().equals(body.path(name).asText())) {
                        continue;
                    }
                    ObjectNode variant = body.deepCopy();
                    variant.set(name, value);
                    cases.add(new Case(name + " = " + abbreviate(value.toString()),
                            write(write, create ? unique(variant, name) : variant)));
                }
                if (ContractSchemas.nullable(declared) && body.has(name)) {
                    ObjectNode variant = body.deepCopy();
                    variant.putNull(name);
                    cases.add(new Case(name + " = null", write(write, create ? unique(variant, null) : variant)));
                }
                if (!required.contains(name) && body.has(name)) {
                    ObjectNode variant = body.deepCopy();
                    variant.remove(name);
                    cases.add(new Case(name + " left out", write(write, create ? unique(variant, null) : variant)));
                }
            }
        }
        return cases;
    }

    /** Values other than the valid one that the schema allows at its edges. */
    private List<JsonNode> allowed(JsonNode schema, JsonNode current) {
        List<JsonNode> values = new ArrayList<>();
        switch (ContractSchemas.type(schema)) {
            case "string" -> {
                if (schema.has("enum")) {
                    schema.get("enum").forEach(v -> {
                        if (!v.equals(current)) {
                            values.add(v);
                        }
                    });
                } else if (!schema.has("format") && current != null && current.isTextual()) {
                    int max = schema.path("maxLength").asInt(-1);
                    int min = Math.max(1, schema.path("minLength").asInt(1));
                    String pattern = schema.path("pattern").asText(null);
                    if (max > 0) {
                        text(current.asText(), max, pattern).ifPresent(t -> values.add(NODES.textNode(t)));
                    }
                    text(current.asText(), min, pattern).ifPresent(t -> values.add(NODES.textNode(t)));
                }
            }
            case "integer", "number" -> {
                BigDecimal step = schema.has("multipleOf") ? schema.get("multipleOf").decimalValue()
                        : "integer".equals(ContractSchemas.type(schema)) ? BigDecimal.ONE : new BigDecimal("0.01");
                if (schema.has("minimum")) {
                    values.add(number(schema.get("minimum").decimalValue(), step, false));
                } else if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
                    values.add(number(schema.get("exclusiveMinimum").decimalValue().add(step), step, false));
                }
                if (schema.has("maximum")) {
                    values.add(number(schema.get("maximum").decimalValue(), step, true));
                } else if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()) {
                    values.add(number(schema.get("exclusiveMaximum").decimalValue().subtract(step), step, true));
                }
            }
            case "boolean" -> {
                if (current == null || !current.isBoolean()) {
                    values.add(NODES.booleanNode(true));
                } else {
                    values.add(NODES.booleanNode(!current.asBoolean()));
                }
            }
            case "array" -> {
                if (current != null && current.isArray() && !current.isEmpty()) {
                    int minItems = schema.path("minItems").asInt(0);
                    if (minItems == 0) {
                        values.add(NODES.arrayNode());
                    }
                    int maxItems = schema.path("maxItems").asInt(-1);
                    if (maxItems > current.size() && !schema.path("uniqueItems").asBoolean()) {
                        ArrayNode most = NODES.arrayNode();
                        for (int i = 0; i < maxItems; i++) {
                            most.add(current.get(i % current.size()));
                        }
                        values.add(most);
                    }
                }
            }
            default -> {
                // An object or a date: its own rules are not the edges of one property.
            }
        }
        return values;
    }

    private static JsonNode number(BigDecimal edge, BigDecimal step, boolean down) {
        BigDecimal steps = edge.divide(step, 0, down ? RoundingMode.FLOOR : RoundingMode.CEILING);
        BigDecimal value = steps.multiply(step).setScale(Math.max(0, step.stripTrailingZeros().scale()),
                RoundingMode.UNNECESSARY);
        return NODES.numberNode(value);
    }

    /** A text of the given length that still matches the pattern, from the valid value; empty when none is found. */
    private static java.util.Optional<String> text(String valid, int length, String pattern) {
        String text;
        if (valid.length() >= length) {
            text = valid.substring(0, length);
        } else {
            StringBuilder longer = new StringBuilder(valid);
            while (longer.length() < length) {
                longer.append('x');
            }
            text = longer.toString();
        }
        if (pattern != null && !Pattern.compile(pattern).matcher(text).find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(text);
    }

    /** A create's identity made unique (unless it is what the case varies, which is made unique at its length). */
    private ObjectNode unique(ObjectNode body, String varied) {
        unique++;
        for (String identity : IDENTITIES) {
            JsonNode value = body.get(identity);
            if (value == null || !value.isTextual()) {
                continue;
            }
            String text = value.asText();
            // Letters and digits only, which every identity's pattern takes (refs, KPI codes, externalIds).
            String suffix = "U" + Integer.toString(unique, 36).toUpperCase();
            if (identity.equals(varied) && text.length() > suffix.length() + 1) {
                body.put(identity, text.substring(0, text.length() - suffix.length()) + suffix);
            } else if (!identity.equals(varied)) {
                body.put(identity, text + suffix);
            }
        }
        return body;
    }

    private static ValidWrite write(ValidWrite write, JsonNode body) {
        try {
            return new ValidWrite(write.method(), write.path(), JSON.writeValueAsString(body), write.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("a valid write's body is not JSON: " + body, e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
