package uk.csit.tracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.JwtResource;
import uk.csit.tracker.kit.testing.OpenApiContract;

@QuarkusTest
class ServiceBasicsTest {

    @Test
    void readinessIsUp() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void livenessIsUp() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedForPrometheus() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentIsServedAndMatchesTheCommittedContract() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/q/openapi").then().statusCode(200).body(containsString("openapi:"));
        OpenApiContract.assertServedMatchesCommitted(Path.of("openapi.json"));
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
}
