package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Over 300 lines: the rules of a compatible contract and the dated corrections to released ones, read together.
 *
 * A contract may grow but not break: the committed OpenAPI document is compared (openapi-diff)
 * with every released one in {@code contracts/released/<version>/<module>.json}, and any change an
 * integrator's client could trip on (an operation or response property gone, a new required
 * request field, a narrower type or enum) fails the build with the list of breaks. openapi-diff
 * counts only required response properties, and the services name none; but a client reads what
 * it was given, and strict JSON refuses a request field that is no longer known: so a property that
 * an operation's request or answer had and no longer has is a break too, whatever its schema is now
 * called. The released document is first given the corrections a later release made to what it said
 * of the server's behaviour, each with its reason ({@link #CORRECTIONS}): the server did that already,
 * so saying it breaks nobody.
 */
public final class ContractCompatibility {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractCompatibility() {
    }

    /**
     * Every release's contract of the module the tests run in ({@code contracts/released/<version>/<module>.json}),
     * oldest first: a change must keep the promises of each, so that a client written against any release still works.
     */
    public static List<Path> releasedContractsOfThisModule() {
        Path module = Path.of("").toAbsolutePath().getFileName();
        Path released = Path.of("..", "contracts", "released");
        try (var versions = Files.list(released)) {
            return versions.filter(Files::isDirectory).sorted(Comparator.comparing(ContractCompatibility::version))
                    .map(v -> v.resolve(module + ".json")).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A release's folder name (1.10.0) as a key that sorts as versions do (00001.00010.00000). */
    private static String version(Path directory) {
        return Arrays.stream(directory.getFileName().toString().split("\\."))
                .map(part -> part.matches("\\d+") ? "%05d".formatted(Integer.parseInt(part)) : part)
                .collect(Collectors.joining("."));
    }

    /**
     * What the released contracts said wrongly of behaviour the servers had from the start, put right
     * before comparing: in 1.0.0 If-Match was an optional header, though every operation taking it
     * answered 428 without it; and an Idempotency-Key of other than 1 to 255 characters was always a 400. And one
     * change the servers made so that the old form still works: a context figure's financialYear is written as the
     * object it is read as (so that a figure read can be sent back), and the label string of 1.0 is still taken
     * (finance-service ContextFigureRulesTest).
     */
    static final List<String> CORRECTIONS = List.of("If-Match is required where an operation takes it (428 without it)",
            "Idempotency-Key is 1 to 255 characters (400 otherwise)",
            "ContextFigureRequest.financialYear, a label, is read as the FinancialYearRef a label still makes",
            "a pattern matches the whole value, as the servers' @Pattern always did",
            "a financial year's label is written YYYY-YY (400 otherwise)",
            "InterventionRequest.liftedDateAfterIssue was never a field (a check's name; sent, it was refused)",
            "a progress update's rag is never NOT_ASSESSED, an action's ragOverride only RED, AMBER or GREEN (others were"
                    + " always refused)",
            "the overdue filter is true or false, the budget position's groupBy one of its four (400 otherwise)");

    public static void assertCompatible(Path released, Path committed) {
        if (!Files.isRegularFile(released)) {
            throw new AssertionError("No released contract at " + released + ". At a release, copy each module's"
                    + " openapi.json there (contracts/README.md).");
        }
        try {
            String before = corrected(Files.readString(released));
            String after = Files.readString(committed);
            ChangedOpenApi diff = compare(before, after);
            List<String> gone = propertiesGone(before, after);
            List<String> breaks = diff.isIncompatible() ? incompatibilities(diff) : List.of();
            if (!breaks.isEmpty() || !gone.isEmpty()) {
                throw new AssertionError("The contract " + committed + " breaks the released " + released
                        + " (a breaking change needs a new major version of the API):\n"
                        + (gone.isEmpty() ? "" : "Gone: " + String.join(", ", gone) + "\n")
                        + (breaks.isEmpty() ? "" : "Breaks:\n  " + String.join("\n  ", breaks) + "\n\n" + render(diff)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The differences between two OpenAPI 3.1 documents given as JSON text. */
    static ChangedOpenApi compare(String released, String next) throws IOException {
        return OpenApiCompare.fromContents(OpenApi30View.of(nullableAsSchema(JSON.readTree(released))),
                OpenApi30View.of(nullableAsSchema(JSON.readTree(next))));
    }

    /**
     * A nullable schema ({@code anyOf: [schema, {type: null}]}, with or without a {@code type} beside it), and a
     * single-part {@code allOf}, as the schema itself: openapi-diff reads OpenAPI 3.0, where this form has no equal, and compares its parts
     * wrongly. Nullability is not what the comparison is for (the services leave out what is null).
     */
    static JsonNode nullableAsSchema(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (allOf != null && allOf.isArray() && allOf.size() == 1 && allOf.get(0).isObject()) {
                // A single-part allOf (a description beside a reference, in 3.0's way) is that part.
                object.remove("allOf");
                object.setAll((com.fasterxml.jackson.databind.node.ObjectNode) allOf.get(0).deepCopy());
            }
            JsonNode anyOf = object.get("anyOf");
            if (anyOf != null && anyOf.isArray() && anyOf.size() == 2) {
                JsonNode kept = null;
                boolean nullable = false;
                for (JsonNode part : anyOf) {
                    if ("null".equals(part.path("type").asText())) {
                        nullable = true;
                    } else {
                        kept = part;
                    }
                }
                if (nullable && kept != null) {
                    object.remove("anyOf");
                    object.remove("type");
                    object.setAll((com.fasterxml.jackson.databind.node.ObjectNode) kept.deepCopy());
                }
            }
            object.elements().forEachRemaining(ContractCompatibility::nullableAsSchema);
        } else if (node != null && node.isArray()) {
            node.forEach(ContractCompatibility::nullableAsSchema);
        }
        return node;
    }

    private static void anchorPatterns(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            JsonNode pattern = object.get("pattern");
            if (pattern != null && pattern.isTextual() && !pattern.asText().equals("\\S")
                    && !pattern.asText().startsWith("^")) {
                object.put("pattern", "^(?:" + pattern.asText() + ")$");
            }
            object.elements().forEachRemaining(ContractCompatibility::anchorPatterns);
        } else if (node != null && node.isArray()) {
            node.forEach(ContractCompatibility::anchorPatterns);
        }
    }

    /** The released document with {@link #CORRECTIONS} made. */
    static String corrected(String released) throws IOException {
        JsonNode document = JSON.readTree(released);
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("parameters").forEach(p -> {
            if (p instanceof com.fasterxml.jackson.databind.node.ObjectNode parameter
                    && "If-Match".equals(p.path("name").asText()) && "header".equals(p.path("in").asText())) {
                parameter.put("required", true);
            }
            if (p instanceof ObjectNode parameter && "overdue".equals(p.path("name").asText())
                    && "query".equals(p.path("in").asText())) {
                parameter.set("schema", JSON.createObjectNode().put("type", "boolean"));
            }
            if (p instanceof ObjectNode parameter && "groupBy".equals(p.path("name").asText())
                    && "query".equals(p.path("in").asText())) {
                ObjectNode groupBy = JSON.createObjectNode().put("type", "string");
                groupBy.putArray("enum").add("category").add("priority").add("month").add("quarter");
                parameter.set("schema", groupBy);
            }
            if (p instanceof com.fasterxml.jackson.databind.node.ObjectNode parameter
                    && "Idempotency-Key".equals(p.path("name").asText()) && "header".equals(p.path("in").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) parameter.with("schema")).put("minLength", 1)
                        .put("maxLength", 255);
            }
        })));
        anchorPatterns(document);
        for (String label : List.of("/components/schemas/FinancialYearRequest/properties/label",
                "/components/schemas/AllocationRequest/properties/financialYear",
                "/components/schemas/FinancialYearRef/properties/label")) {
            if (document.at(label) instanceof com.fasterxml.jackson.databind.node.ObjectNode schema) {
                schema.put("pattern", "^(?:\\d{4}-\\d{2})$");
            }
        }
        if (document.at("/components/schemas/ProgressUpdateRequest/properties")
                instanceof com.fasterxml.jackson.databind.node.ObjectNode progress && progress.has("rag")) {
            ObjectNode rag = JSON.createObjectNode().put("type", "string");
            rag.putArray("enum").add("RED").add("AMBER").add("GREEN").add("COMPLETE");
            progress.set("rag", rag);
        }
        if (document.at("/components/schemas/ActionRequest/properties")
                instanceof com.fasterxml.jackson.databind.node.ObjectNode action && action.has("ragOverride")) {
            ObjectNode rag = JSON.createObjectNode();
            rag.putArray("type").add("string").add("null");
            rag.putArray("enum").add("RED").add("AMBER").add("GREEN");
            action.set("ragOverride", rag);
        }
        if (document.at("/components/schemas/InterventionRequest/properties")
                instanceof com.fasterxml.jackson.databind.node.ObjectNode intervention) {
            intervention.remove("liftedDateAfterIssue");
        }
        JsonNode figureYear = document.at("/components/schemas/ContextFigureRequest/properties");
        if (figureYear instanceof com.fasterxml.jackson.databind.node.ObjectNode properties && properties.has("financialYear")) {
            properties.set("financialYear", JSON.createObjectNode().put("$ref", "#/components/schemas/FinancialYearRef"));
        }
        return JSON.writeValueAsString(document);
    }

    /**
     * Properties an operation's JSON request body or 2xx answer had in the released document and lacks in the
     * next, followed through references and nested objects: {@code PUT /api/v1/actions/{ref} request owner.name}.
     */
    static List<String> propertiesGone(String released, String next) throws IOException {
        JsonNode was = JSON.readTree(released);
        JsonNode now = JSON.readTree(next);
        List<String> gone = new ArrayList<>();
        was.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode newOperation = now.path("paths").path(path.getKey()).path(method.getKey());
            if (newOperation.isMissingNode()) {
                return; // openapi-diff reports an operation gone
            }
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            compare(was, json(method.getValue().path("requestBody")), now, json(newOperation.path("requestBody")),
                    where + " request ", "", gone, new java.util.HashSet<>());
            method.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    compare(was, json(response.getValue()), now, json(newOperation.path("responses").path(response.getKey())),
                            where + " " + response.getKey() + " ", "", gone, new java.util.HashSet<>());
                }
            });
        }));
        return gone;
    }

    private static JsonNode json(JsonNode holder) {
        return holder.path("content").path("application/json").path("schema");
    }

    private static void compare(JsonNode wasDocument, JsonNode wasSchema, JsonNode nowDocument, JsonNode nowSchema,
            String where, String prefix, List<String> gone, java.util.Set<String> seen) {
        JsonNode before = resolve(wasDocument, wasSchema);
        JsonNode after = resolve(nowDocument, nowSchema);
        if (before.isMissingNode() || after.isMissingNode() || !seen.add(prefix + before.hashCode())) {
            return;
        }
        before.path("properties").fields().forEachRemaining(property -> {
            JsonNode kept = properties(nowDocument, after).path(property.getKey());
            if (kept.isMissingNode()) {
                gone.add(where + prefix + property.getKey());
            } else {
                compare(wasDocument, property.getValue(), nowDocument, kept, where, prefix + property.getKey() + ".",
                        gone, seen);
            }
        });
        if (before.has("items")) {
            compare(wasDocument, before.path("items"), nowDocument, after.path("items"), where, prefix + "[].", gone, seen);
        }
    }

    /** A schema's properties, with those of the schemas it is composed of (allOf, anyOf). */
    private static JsonNode properties(JsonNode document, JsonNode schema) {
        com.fasterxml.jackson.databind.node.ObjectNode all = JSON.createObjectNode();
        if (schema.has("properties")) {
            all.setAll((com.fasterxml.jackson.databind.node.ObjectNode) schema.get("properties"));
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(composition).forEach(part -> {
                JsonNode resolved = resolve(document, part);
                if (resolved.has("properties")) {
                    all.setAll((com.fasterxml.jackson.databind.node.ObjectNode) resolved.get("properties"));
                }
            });
        }
        return all;
    }

    /** A schema with its reference followed, and a nullable one (anyOf [schema, null]) taken as the schema. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                current = document.at(current.get("$ref").asText().substring(1));
            } else if (current.has("anyOf") && !current.has("properties")) {
                JsonNode notNull = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
                for (JsonNode part : current.get("anyOf")) {
                    if (!"null".equals(part.path("type").asText())) {
                        notNull = part;
                    }
                }
                current = notNull;
            } else {
                return current;
            }
        }
        return current;
    }

    /**
     * Where openapi-diff found a break: each operation and the innermost change that breaks it, by property. In an
     * answer, a constraint the contract now states (a pattern, length, range, multiple, fewer enum values, read-only,
     * required, a format) narrows what the server says it sends, which no client reading it trips on, and is not
     * counted: openapi-diff counts such a change in a request and in an answer alike.
     */
    static List<String> incompatibilities(ChangedOpenApi diff) {
        List<String> found = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> found.add(e.getMethod() + " " + e.getPathUrl() + " is gone"));
        for (var operation : diff.getChangedOperations()) {
            if (operation.isIncompatible()) {
                innermost(operation, operation.getHttpMethod() + " " + operation.getPathUrl(), false, found);
            }
        }
        return found;
    }

    private static final java.util.Set<String> NARROWING = java.util.Set.of("ChangedPattern", "ChangedMultipleOf",
            "ChangedMaxLength", "ChangedMinLength", "ChangedNumericRange", "ChangedReadOnly", "ChangedRequired",
            "ChangedMaxItems", "ChangedMinItems", "ChangedNullable");

    private static void innermost(org.openapitools.openapidiff.core.model.Changed changed, String where,
            boolean inAnswer, List<String> found) {
        boolean answer = inAnswer || changed instanceof org.openapitools.openapidiff.core.model.ChangedApiResponse;
        boolean deeper = false;
        if (changed instanceof org.openapitools.openapidiff.core.model.ChangedSchema schema) {
            for (var property : schema.getChangedProperties().entrySet()) {
                if (property.getValue().isIncompatible()) {
                    deeper = true;
                    innermost(property.getValue(), where + " ." + property.getKey(), answer, found);
                }
            }
            if (schema.getItems() != null && schema.getItems().isIncompatible()) {
                deeper = true;
                innermost(schema.getItems(), where + " []", answer, found);
            }
            for (var child : schema.getChangedElements()) {
                if (child != null && child.isIncompatible() && !(child instanceof org.openapitools.openapidiff.core.model.ChangedSchema)) {
                    deeper = true;
                    innermost(child, where, answer, found);
                }
            }
            boolean retyped = schema.isChangedType() && schema.getOldSchema().getType() != null
                    && !java.util.Objects.equals(schema.getOldSchema().getType(), schema.getNewSchema().getType());
            // A format put in words (money a decimal, a path a uri-reference) changes no type: the values the server
            // took and sent are the same. In an answer, a type stated where there was none is a narrowing too.
            boolean typeStated = schema.getOldSchema().getType() == null;
            if (!deeper && retyped || !deeper && !answer && typeStated && schema.isChangedType()) {
                found.add(where + (schema.isChangedType() ? " type " + schema.getOldSchema().getType() + " -> "
                        + schema.getNewSchema().getType() : schema.isChangeFormat() ? " format" : " schema")
                        + (schema.getMissingProperties().isEmpty() ? "" : " lost " + schema.getMissingProperties().keySet()));
            }
            return;
        }
        if (changed instanceof org.openapitools.openapidiff.core.model.ChangedParameters parameters
                && parameters.getChanged().stream().noneMatch(org.openapitools.openapidiff.core.model.Changed::isIncompatible)
                && parameters.getIncreased().stream().noneMatch(p -> Boolean.TRUE.equals(p.getRequired()))
                && parameters.getMissing().stream().allMatch(p -> "header".equals(p.getIn())
                        && !Boolean.TRUE.equals(p.getRequired()))) {
            // An optional header no longer listed on the operation is still taken: a client that sends it is not refused.
            return;
        }
        if (changed instanceof org.openapitools.openapidiff.core.model.ComposedChanged composed) {
            for (var child : composed.getChangedElements()) {
                if (child != null && child.isIncompatible()) {
                    deeper = true;
                    innermost(child, where, answer, found);
                }
            }
        }
        if (deeper) {
            return;
        }
        String kind = changed.getClass().getSimpleName();
        if (answer && (NARROWING.contains(kind) || changed instanceof org.openapitools.openapidiff.core.model.schema.ChangedEnum<?> e
                && e.getIncreased().isEmpty())) {
            return;
        }
        found.add(where + " " + kind.replace("Changed", "").toLowerCase());
    }

    static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The renderer writes the whole report and closes the writer itself.
        new MarkdownRender().render(diff, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
