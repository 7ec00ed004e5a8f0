package uk.csit.tracker.kit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.TestTokens;

@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class RateLimitTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.rate-limit.requests-per-second", "1", "tracker.rate-limit.burst", "5",
                    "tracker.rate-limit.unauthenticated-per-second", "1", "tracker.rate-limit.unauthenticated-burst", "20");
        }
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndOthersAreUnaffected() {
        String busy = TestTokens.bearer("busy-client@x", "VIEWER");
        int limited = 0;
        Response last = null;
        for (int i = 0; i < 10; i++) {
            Response r = given().header("Authorization", busy).when().get("/api/v1/probes");
            if (r.statusCode() == 429) {
                limited++;
                last = r;
            }
        }
        assertTrue(limited >= 4, "at most the burst of 5 (plus refill) goes through; limited " + limited);
        assertEquals("application/problem+json", last.contentType());
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        given().header("Authorization", TestTokens.bearer("quiet-client@x", "VIEWER"))
                .when().get("/api/v1/probes").then().statusCode(200);
    }

    /**
     * Requests without a valid token have no subject to be limited by: their address is, once it has been answered
     * 401 more than its budget allows, and from then on it is refused before its tokens are checked. This test
     * runs last in the class, as the address it exhausts is every test's.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void anAddressSendingBadTokensIsLimitedBeforeTheyAreChecked() {
        int unauthorised = 0;
        int limited = 0;
        Response last = null;
        String forged = TestTokens.forged("mallory@x", "ADMIN");
        for (int i = 0; i < 200; i++) {
            Response r = given().header("Authorization", forged).when().get("/api/v1/probes");
            if (r.statusCode() == 401) {
                unauthorised++;
            } else if (r.statusCode() == 429) {
                limited++;
                last = r;
            }
        }
        assertTrue(unauthorised >= 20 && unauthorised < 40, "the budget of 20 (plus refill) is answered 401: " + unauthorised);
        assertEquals(200, unauthorised + limited, "every other answer is a 429");
        assertEquals("application/problem+json", last.contentType());
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        // Spent: even a good token from that address waits now.
        given().header("Authorization", TestTokens.bearer("good@x", "VIEWER")).when().get("/api/v1/probes").then()
                .statusCode(429);
    }
}
