package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Generates requests a service must refuse, from valid requests and the service's committed
 * OpenAPI contract: each valid body broken in one place (a property of the wrong type, an enum value
 * that does not exist, an impossible date, an inconsistent financial year, money with three decimals
 * or as a string, a string over its length, SQL or HTML where a ref or code is expected, NUL and
 * control characters in text, a missing required field, an unknown field), bodies that are not JSON
 * or not whole (truncated, random bytes, deeply nested, 10 MB), refs that do not exist or are
 * hostile, and list parameters out of range (page sizes 0, -1 and 10^9). Seeded: the same seed makes
 * the same requests.
 */
public final class HostileCases {

    /** A request and what it breaks. */
    public record Case(String kind, String method, String path, String contentType, Map<String, String> headers,
            byte[] body) {
    }

    /** A valid write the service would accept: method, path, body and any headers it needs (If-Match). */
    public record ValidWrite(String method, String path, String body, Map<String, String> headers) {

        public ValidWrite(String method, String path, String body) {
            this(method, path, body, Map.of());
        }
    }

    /**
     * What an answer must never show a caller: the libraries and classes behind the service (their names, their
     * exceptions, a stack frame). They tell an attacker what to aim at and tell the caller nothing to fix.
     */
    public static final Pattern INTERNALS = Pattern.compile(
            "\\b(org\\.apache|org\\.hibernate|org\\.postgresql|java\\.|javax\\.|jakarta\\.|com\\.fasterxml|io\\.quarkus"
                    + "|io\\.vertx|io\\.smallrye|uk\\.csit)|[A-Za-z]Exception\\b|\\tat [a-z]");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String JSON_TYPE = "application/json";

    private final ContractSchemas schemas;
    private final Random random;
    private final BadValues badValues;

    public HostileCases(JsonNode contract, long seed) {
        this(contract, seed, (field, schema) -> List.of());
    }

    public HostileCases(JsonNode contract, long seed, BadValues.DomainValues domain) {
        this.schemas = new ContractSchemas(contract);
        this.random = new Random(seed);
        this.badValues = new BadValues(schemas, domain);
    }

    /** At least {@code count} cases: every systematic one, then random ones until there are enough. */
    public List<Case> generate(List<ValidWrite> writes, List<String> lists, List<String> items, int count) {
        List<Case> cases = new ArrayList<>();
        List<Supplier<Case>> randomKinds = new ArrayList<>();
        for (ValidWrite write : writes) {
            JsonNode body = parse(write.body());
            JsonNode schema = requestSchema(write);
            if (schema != null) {
                propertyCases(write, (ObjectNode) body, schema, "", cases);
            }
            wholeBodyCases(write, cases);
            randomKinds.add(() -> truncated(write));
            randomKinds.add(() -> garbage(write));
            randomKinds.add(() -> controlCharacterSomewhere(write, (ObjectNode) body.deepCopy()));
            randomKinds.add(() -> unknownField(write, (ObjectNode) body.deepCopy()));
        }
        for (String list : lists) {
            listCases(list, cases);
            if (operation("get", list).path("parameters").toString().contains("\"size\"")) {
                randomKinds.add(() -> get("random page", list + "?size=" + (random.nextBoolean()
                        ? -random.nextInt(1_000_000) : 201 + random.nextInt(Integer.MAX_VALUE - 201))));
            }
        }
        for (String item : items) {
            for (String ref : BadValues.INJECTIONS) {
                cases.add(get("hostile ref", item.replace("{ref}", encode(ref + "-no-such-" + random.nextInt(1000)))));
            }
            cases.add(get("very long ref", item.replace("{ref}", "R".repeat(3000))));
            randomKinds.add(() -> get("unknown ref", item.replace("{ref}", "NO-SUCH-" + Long.toHexString(random.nextLong()))));
        }
        while (cases.size() < count && !randomKinds.isEmpty()) {
            cases.add(randomKinds.get(random.nextInt(randomKinds.size())).get());
        }
        return cases;
    }

    // ---- one property broken

    private void propertyCases(ValidWrite write, ObjectNode body, JsonNode schema, String prefix, List<Case> cases) {
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            if (property.getValue().path("readOnly").asBoolean() || propertySchema.path("readOnly").asBoolean()) {
                // The service's own field: whatever a request says of it is ignored, by the contract.
                continue;
            }
            for (JsonNode bad : badValues.of(name, propertySchema)) {
                ObjectNode broken = body.deepCopy();
                broken.set(name, bad);
                cases.add(json("bad " + prefix + name, write, broken));
            }
            if (body.get(name) instanceof ObjectNode nested && propertySchema.has("properties")) {
                for (JsonNode bad : List.<JsonNode>of(NODES.textNode("x"), NODES.arrayNode(), NODES.numberNode(1))) {
                    ObjectNode broken = body.deepCopy();
                    broken.set(name, bad);
                    cases.add(json("bad " + prefix + name, write, broken));
                }
                for (Iterator<String> fields = nested.fieldNames(); fields.hasNext(); ) {
                    String field = fields.next();
                    ObjectNode broken = body.deepCopy();
                    ((ObjectNode) broken.get(name)).put(field, "\u0000");
                    cases.add(json("NUL in " + prefix + name + "." + field, write, broken));
                }
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (body.has(required.asText())) {
                ObjectNode broken = body.deepCopy();
                broken.remove(required.asText());
                cases.add(json("missing " + prefix + required.asText(), write, broken));
            }
        }
        ObjectNode unknown = body.deepCopy();
        unknown.put("notAField", 1);
        cases.add(json("unknown field", write, unknown));
    }

    // ---- the whole body broken

    private void wholeBodyCases(ValidWrite write, List<Case> cases) {
        byte[] valid = write.body().getBytes(StandardCharsets.UTF_8);
        cases.add(raw("empty body", write, JSON_TYPE, new byte[0]));
        for (String notAnObject : List.of("null", "[]", "123", "\"text\"", "true", "{}{}", "{\"a\":1,\"a\":2}")) {
            cases.add(raw("not an object", write, JSON_TYPE, notAnObject.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(raw("nested 100 deep", write, JSON_TYPE, ("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8)));
        cases.add(raw("nested 100000 deep", write, JSON_TYPE, "[".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        cases.add(raw("XML", write, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
        cases.add(raw("form", write, "application/x-www-form-urlencoded", "a=1".getBytes(StandardCharsets.UTF_8)));
        cases.add(raw("valid JSON as text/plain", write, "text/plain", valid));
        cases.add(raw("invalid UTF-8", write, JSON_TYPE, new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"',
                (byte) 0xC3, (byte) 0x28, '"', '}'}));
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        huge[0] = '{';
        huge[1] = '"';
        cases.add(raw("10 MB body", write, JSON_TYPE, huge));
    }

    private Case truncated(ValidWrite write) {
        byte[] valid = write.body().getBytes(StandardCharsets.UTF_8);
        int cut = 1 + random.nextInt(Math.max(1, valid.length - 1));
        return raw("truncated JSON", write, JSON_TYPE, java.util.Arrays.copyOf(valid, cut));
    }

    private Case garbage(ValidWrite write) {
        byte[] bytes = new byte[1 + random.nextInt(512)];
        random.nextBytes(bytes);
        return raw("random bytes", write, JSON_TYPE, bytes);
    }

    private Case controlCharacterSomewhere(ValidWrite write, ObjectNode body) {
        List<String> texts = new ArrayList<>();
        body.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                texts.add(e.getKey());
            }
        });
        if (texts.isEmpty()) {
            return truncated(write);
        }
        String field = texts.get(random.nextInt(texts.size()));
        String value = body.get(field).asText();
        char control = (char) (random.nextInt(9)); // NUL to backspace: never allowed in text
        int at = random.nextInt(value.length() + 1);
        body.put(field, value.substring(0, at) + control + value.substring(at));
        return json("control character in " + field, write, body);
    }

    private Case unknownField(ValidWrite write, ObjectNode body) {
        body.put("x" + Integer.toHexString(random.nextInt()), random.nextInt());
        return json("unknown field", write, body);
    }

    // ---- lists

    private void listCases(String list, List<Case> cases) {
        String join = list.contains("?") ? "&" : "?";
        List<String> queries = new ArrayList<>();
        JsonNode parameters = operation("get", list).path("parameters");
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").asText().equals("size")) {
                queries.addAll(List.of("page=-1", "page=abc", "page=1e3", "size=0", "size=-1", "size=1000000000",
                        "size=201", "size=1.5"));
            }
            if (parameter.path("name").asText().equals("sort")) {
                queries.addAll(List.of("sort=notAField", "sort=" + encode("ref; drop table x"), "sort=--ref"));
            }
        }
        for (String query : queries) {
            cases.add(get("bad paging", list + join + query));
        }
        for (JsonNode parameter : parameters) {
            JsonNode schema = resolve(parameter.path("schema"));
            String name = parameter.path("name").asText();
            List<String> bad = new ArrayList<>();
            if (schema.has("enum")) {
                bad.addAll(List.of("NOT_A_VALUE", "'; drop table x; --", "<b>"));
            }
            if ("date".equals(schema.path("format").asText()) || name.endsWith("Before") || name.equals("from")
                    || name.equals("to") || name.equals("asOf")) {
                bad.addAll(List.of("2025-02-30", "31/12/2025", "yesterday"));
            }
            if ("boolean".equals(type(schema)) || name.equals("overdue")) {
                bad.addAll(List.of("yes", "2"));
            }
            for (String value : bad) {
                cases.add(get("bad " + name, list + join + name + "=" + encode(value)));
            }
        }
    }

    // ---- helpers

    private JsonNode requestSchema(ValidWrite write) {
        return schemas.requestSchema(write.method(), write.path());
    }

    private JsonNode operation(String method, String concretePath) {
        return schemas.operation(method, concretePath);
    }

    private JsonNode resolve(JsonNode schema) {
        return schemas.resolve(schema);
    }

    private static String type(JsonNode schema) {
        return ContractSchemas.type(schema);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("a valid write's body is not JSON: " + body, e);
        }
    }

    private static Case json(String kind, ValidWrite write, JsonNode body) {
        try {
            return raw(kind, write, JSON_TYPE, JSON.writeValueAsBytes(body));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case raw(String kind, ValidWrite write, String contentType, byte[] body) {
        return new Case(kind, write.method(), write.path(), contentType, write.headers(), body);
    }

    private static Case get(String kind, String path) {
        return new Case(kind, "GET", path, null, Map.of(), null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
