package uk.csit.tracker.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
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
