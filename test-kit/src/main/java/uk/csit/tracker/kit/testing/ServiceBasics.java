package uk.csit.tracker.kit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What every service promises whatever its domain: health (readiness covering the database where
 * it has one) and Prometheus metrics on the management port, Swagger UI and the committed OpenAPI
 * contract on the API's, all readable without a token, and problem+json for unknown paths and malformed JSON. Each module's
 * {@code ServiceBasicsTest} extends this with {@code @QuarkusTest}.
 */
public abstract class ServiceBasics {

    /** A resource of this service that takes a JSON body, or null when it has none of its own. */
    protected abstract String jsonResource();

    /** Whether readiness must include a database check. */
    protected abstract boolean hasDatabase();

    /** Health and metrics are on the management interface, a port of their own (this URL ends in its root, /q/). */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessIsUpAndCoversTheDatabase() {
        var ready = given().header(JwtResource.NO_TOKEN, "true").when().get(management + "health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
        if (hasDatabase()) {
            ready.body("checks.name", hasItem(containsString("Database")));
        }
    }

    @Test
    void livenessIsUp() {
        given().header(JwtResource.NO_TOKEN, "true").when().get(management + "health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().header(JwtResource.NO_TOKEN, "true").when().get(management + "metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    /** The API's port serves the API and its documents only: not the health checks, not the metrics. */
    @Test
    void healthAndMetricsAreNotOnTheApisPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
            given().header(JwtResource.NO_TOKEN, "true").when().get(path).then().statusCode(404);
        }
    }

    /** Every answer says not to guess its type; Swagger UI may not be framed by another site. */
    @Test
    void answersCarryTheirSecurityHeaders() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
        given().header(JwtResource.NO_TOKEN, "true").when().get("/api/v1/no-such-thing").then()
                .header("X-Content-Type-Options", "nosniff");
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/openapi").then()
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void openApiDocumentIsServedAndMatchesTheCommittedContract() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/openapi")
                .then().statusCode(200).body(containsString("openapi:"));
        OpenApiContract.assertServedMatchesCommitted(Path.of("openapi.json"));
    }

    @Test
    void theCommittedContractKeepsEveryPromiseOfTheReleasedOne() {
        var releases = ContractCompatibility.releasedContractsOfThisModule();
        assertFalse(releases.isEmpty(), "no released contract of this module");
        for (Path released : releases) {
            ContractCompatibility.assertCompatible(released, Path.of("openapi.json"));
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("instance", equalTo("/nope"))
                .body(not(containsString("<html")));
    }

    @Test
    void unknownApiPathIsAProblem() {
        given().when().post("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aReadThatSaysAContentTypeButSendsNoBodyIsAnswered() {
        String resource = jsonResource();
        if (resource == null) {
            return;
        }
        given().contentType("text/html").when().get(resource).then().statusCode(200);
    }

    @Test
    void malformedJsonToAResourceIsA400Problem() {
        String resource = jsonResource();
        if (resource == null) {
            return;
        }
        given().contentType("application/json").body("{bad json")
                .when().post(resource)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
