package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Values that are wrong for a property whatever the rest of the body says: from the contract's type, format, enum,
 * pattern and limits, and from the service's own knowledge of its fields ({@link DomainValues}).
 */
public final class BadValues {

    /** What only the service knows is wrong for a field of its own (a financial year's form, money's pence). */
    @FunctionalInterface
    public interface DomainValues {
        /** Values of the field's JSON type that the service must refuse; none by default. */
        List<JsonNode> badValues(String field, JsonNode schema);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Injected text: where a ref, code or date is expected (and in a path) it must name nothing and never run. */
    static final String[] INJECTIONS = {"'; drop table x; --", "1' or '1'='1", "\" or 1=1 --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../etc/passwd", "${jndi:ldap://x/a}",
            "{{7*7}}", " ", "A B", "%00", "é€😀"};
    private static final String[] BAD_DATES = {"2025-02-30", "2025-13-01", "2025-00-10", "2023-02-29", "31/12/2025",
            "2025-1-5", "", "tomorrow", "2025-09-17T10:15:00Z"};

    private final ContractSchemas schemas;
    private final DomainValues domain;

    BadValues(ContractSchemas schemas, DomainValues domain) {
        this.schemas = schemas;
        this.domain = domain;
    }

    /** Values that are wrong for the property whatever the rest of the body says. */
    List<JsonNode> of(String name, JsonNode schema) {
        List<JsonNode> bad = new ArrayList<>();
        String type = ContractSchemas.type(schema);
        switch (type) {
            case "string" -> {
                bad.add(NODES.numberNode(12));
                bad.add(NODES.booleanNode(true));
                bad.add(NODES.objectNode());
                bad.add(NODES.arrayNode().add("x"));
                bad.add(NODES.textNode("text with NUL \u0000 inside"));
                bad.add(NODES.textNode("bell \u0007 and escape \u001b"));
                if (schema.has("maxLength") && schema.get("maxLength").asInt() < 200_000) {
                    bad.add(NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                // Refs, codes, dates and enums refuse injected text; free text (at most "not blank",
                // which the contract writes as the pattern \S) may hold it, and must keep it as text.
                boolean constrained = schema.has("enum") || schema.has("format")
                        || schema.has("pattern") && !"\\S".equals(schema.get("pattern").asText());
                if (constrained) {
                    for (String injection : INJECTIONS) {
                        bad.add(NODES.textNode(injection));
                    }
                }
                if (schema.has("enum")) {
                    bad.add(NODES.textNode("NOT_A_VALUE"));
                    bad.add(NODES.textNode(schema.get("enum").get(0).asText().toLowerCase()));
                    bad.add(NODES.textNode(""));
                }
                if ("date".equals(schema.path("format").asText())) {
                    for (String date : BAD_DATES) {
                        bad.add(NODES.textNode(date));
                    }
                    bad.add(NODES.numberNode(20250101));
                }
            }
            case "number", "integer" -> {
                bad.add(NODES.textNode("12.50"));
                bad.add(NODES.textNode("£12.50"));
                bad.add(NODES.booleanNode(false));
                bad.add(NODES.objectNode());
                bad.add(NODES.arrayNode().add(1));
                bad.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
                if ("integer".equals(type)) {
                    bad.add(NODES.numberNode(new java.math.BigDecimal("1.5")));
                }
            }
            case "boolean" -> {
                bad.add(NODES.textNode("true"));
                bad.add(NODES.numberNode(1));
            }
            case "array" -> {
                bad.add(NODES.textNode("x"));
                bad.add(NODES.objectNode());
                JsonNode items = schemas.resolve(schema.path("items"));
                if ("string".equals(ContractSchemas.type(items))) {
                    bad.add(NODES.arrayNode().add(NODES.numberNode(1)));
                    bad.add(NODES.arrayNode().add("NUL \u0000"));
                }
                if (schema.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add("item-" + i);
                    }
                    bad.add(many);
                }
            }
            default -> {
                bad.add(NODES.textNode("x"));
                bad.add(NODES.numberNode(1));
            }
        }
        bad.addAll(domain.badValues(name, schema));
        return bad;
    }
}
