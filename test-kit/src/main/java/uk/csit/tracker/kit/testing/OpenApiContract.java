package uk.csit.tracker.kit.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI document a service serves is its contract, and the committed copy is what was
 * reviewed. {@link #assertServedMatchesCommitted(Path)} fails when they differ, so every contract
 * change arrives as a diff of that file. Run the tests with {@code -Dopenapi.update=true} to write
 * the served document over the committed one, then review and commit it.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiContract() {
    }

    public static JsonNode served() {
        String body = given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("The served OpenAPI document is not JSON", e);
        }
    }

    public static void assertServedMatchesCommitted(Path committed) {
        JsonNode served = served();
        try {
            String servedText = JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n";
            if (Boolean.getBoolean("openapi.update")) {
                Files.createDirectories(committed.toAbsolutePath().getParent());
                Files.writeString(committed, servedText);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed OpenAPI document at " + committed
                        + ". Run the tests with -Dopenapi.update=true to write it, then review and commit it.");
            }
            JsonNode expected = JSON.readTree(Files.readString(committed));
            if (!expected.equals(served)) {
                Path actual = Path.of("target", "openapi-served.json");
                Files.createDirectories(actual.getParent());
                Files.writeString(actual, servedText);
                throw new AssertionError("The served OpenAPI document differs from the committed " + committed
                        + ". The served one is in " + actual + "; diff them, and if the change is intended run the"
                        + " tests with -Dopenapi.update=true and commit the new document.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
