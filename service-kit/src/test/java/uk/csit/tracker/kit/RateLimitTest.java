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
class RateLimitTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.rate-limit.requests-per-second", "1", "tracker.rate-limit.burst", "5");
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
}
