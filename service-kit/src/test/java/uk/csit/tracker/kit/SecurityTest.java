package uk.csit.tracker.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.security.Capability;
import uk.csit.tracker.kit.testing.JwtResource;
import uk.csit.tracker.kit.testing.TestTokens;

@QuarkusTest
class SecurityTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String BODY = "{\"ref\":\"P-1\",\"startDate\":\"2025-01-01\",\"count\":1}";

    @Test
    void noTokenIs401ProblemWithChallenge() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/api/v1/probes")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
    }

    @Test
    void expiredForgedWrongIssuerAndWrongAudienceTokensAre401() {
        for (String token : new String[] {
                TestTokens.expired("a@x", "VIEWER"), TestTokens.forged("a@x", "VIEWER"),
                TestTokens.wrongIssuer("a@x", "VIEWER"), TestTokens.wrongAudience("a@x", "VIEWER"),
                "not-a-jwt"}) {
            given().header("Authorization", "Bearer " + token).when().get("/api/v1/probes")
                    .then().statusCode(401).contentType(PROBLEM);
        }
    }

    @Test
    void aRoleWithoutTheCapabilityIs403Problem() {
        given().header("Authorization", TestTokens.bearer("viewer@x", "VIEWER"))
                .contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/probes")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        given().header("Authorization", TestTokens.bearer("viewer@x", "VIEWER"))
                .when().get("/api/v1/probes/history").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("adviser@x", "ADVISOR"))
                .when().get("/api/v1/probes/history").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("adviser@x", "ADVISOR"))
                .contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/probes").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("nobody@x"))
                .when().get("/api/v1/probes").then().statusCode(403);
    }

    @Test
    void theRightRoleIsAllowed() {
        given().header("Authorization", TestTokens.bearer("editor@x", "PLAN_EDITOR"))
                .contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/probes").then().statusCode(201);
        given().header("Authorization", TestTokens.bearer("viewer@x", "VIEWER"))
                .when().get("/api/v1/probes").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    /**
     * Only the roles of the matrix count, and only from the roles claim: a token that names a capability itself (as
     * it is spelt now, or as it was) or carries its roles in another claim gains nothing.
     */
    @Test
    void aTokenCannotNameACapabilityNorCarryItsRolesElsewhere() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("roles", List.of("write-plan", "administer", "read")),
                Map.of("roles", List.of(Capability.WRITE_PLAN, Capability.ADMINISTER, Capability.READ)),
                Map.of("groups", List.of("PLAN_EDITOR", "ADMIN")),
                Map.of("roles", List.of("plan_editor", " PLAN_EDITOR")))) {
            String token = "Bearer " + TestTokens.withClaims("mallory@x", claims, Duration.ofMinutes(30));
            given().header("Authorization", token).contentType(ContentType.JSON).body(BODY)
                    .when().post("/api/v1/probes").then().statusCode(403).contentType(PROBLEM);
            given().header("Authorization", token).when().get("/api/v1/probes").then().statusCode(403);
        }
        String editor = "Bearer " + TestTokens.withClaims("editor@x", Map.of("roles", List.of("PLAN_EDITOR")),
                Duration.ofMinutes(30));
        given().header("Authorization", editor).contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/probes").then().statusCode(201);
    }

    /** A well-signed token made to live for years is refused: a stolen one must not work that long. */
    @Test
    void aTokenMadeToLiveLongerThanADayIsRefused() {
        for (Duration lifetime : List.of(Duration.ofDays(3650), Duration.ofHours(25))) {
            given().header("Authorization", "Bearer " + TestTokens.withClaims("long@x",
                            Map.of("roles", List.of("VIEWER")), lifetime))
                    .when().get("/api/v1/probes").then().statusCode(401).contentType(PROBLEM);
        }
        given().header("Authorization", "Bearer " + TestTokens.withClaims("day@x", Map.of("roles", List.of("VIEWER")),
                Duration.ofHours(23))).when().get("/api/v1/probes").then().statusCode(200);
    }

    @Test
    void anEndpointWithoutARuleIsDenied() {
        given().when().get("/api/v1/probes/unruled").then().statusCode(403).contentType(PROBLEM);
        given().header(JwtResource.NO_TOKEN, "true").when().get("/api/v1/probes/unruled")
                .then().statusCode(401);
    }

    @Test
    void aPublicEndpointNeedsNoToken() {
        given().header(JwtResource.NO_TOKEN, "true").when().get("/api/v1/probes/public").then().statusCode(200);
    }
}
