package uk.csit.tracker.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * A contract may grow but not break: the committed OpenAPI document is compared (openapi-diff)
 * with the last released one in {@code contracts/released/<module>.json}, and any change an
 * integrator's client could trip on (an operation or response property gone, a new required
 * request field, a narrower type or enum) fails the build with the list of breaks. openapi-diff
 * counts only required response properties, and the services name none; but a client reads what
 * it was given, and strict JSON refuses a request field that is no longer known: so a named schema
 * or any property of one that disappears is a break too.
 */
public final class ContractCompatibility {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractCompatibility() {
    }

    /** The released contract of the module the tests run in. */
    public static Path releasedContractOfThisModule() {
        Path module = Path.of("").toAbsolutePath().getFileName();
        return Path.of("..", "contracts", "released", module + ".json");
    }

    public static void assertCompatible(Path released, Path committed) {
        if (!Files.isRegularFile(released)) {
            throw new AssertionError("No released contract at " + released + ". At a release, copy each module's"
                    + " openapi.json there (contracts/README.md).");
        }
        try {
            String before = Files.readString(released);
            String after = Files.readString(committed);
            ChangedOpenApi diff = compare(before, after);
            List<String> gone = propertiesGone(before, after);
            if (diff.isIncompatible() || !gone.isEmpty()) {
                throw new AssertionError("The contract " + committed + " breaks the released " + released
                        + " (a breaking change needs a new major version of the API):\n"
                        + (gone.isEmpty() ? "" : "Gone: " + String.join(", ", gone) + "\n")
                        + (diff.isIncompatible() ? render(diff) : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The differences between two OpenAPI 3.1 documents given as JSON text. */
    static ChangedOpenApi compare(String released, String next) throws IOException {
        return OpenApiCompare.fromContents(OpenApi30View.of(JSON.readTree(released)),
                OpenApi30View.of(JSON.readTree(next)));
    }

    /** Named schemas, and properties of them, in the released document that the next one lacks. */
    static List<String> propertiesGone(String released, String next) throws IOException {
        JsonNode was = JSON.readTree(released).path("components").path("schemas");
        JsonNode now = JSON.readTree(next).path("components").path("schemas");
        List<String> gone = new ArrayList<>();
        was.fieldNames().forEachRemaining(schema -> {
            if (!now.has(schema)) {
                gone.add(schema);
                return;
            }
            was.get(schema).path("properties").fieldNames().forEachRemaining(property -> {
                if (!now.get(schema).path("properties").has(property)) {
                    gone.add(schema + "." + property);
                }
            });
        });
        return gone;
    }

    static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The renderer writes the whole report and closes the writer itself.
        new MarkdownRender().render(diff, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
