package uk.csit.tracker.kit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.security.AuthenticationFailures;
import uk.csit.tracker.kit.security.RateLimitConfig;
import uk.csit.tracker.kit.security.RateLimiter;
import uk.csit.tracker.kit.testing.TestTokens;

/**
 * The limits as a strict deployment would set them (1 request a second with a burst of 5 per client; 20 failed
 * authentications at once per address), on the test application's one start: each test is given a limiter of its
 * own with those limits, so its budgets are spent afresh and no other test meets them.
 */
@QuarkusTest
class RateLimitTest {

    static final RateLimitConfig STRICT = new RateLimitConfig() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public int requestsPerSecond() {
            return 1;
        }

        @Override
        public int burst() {
            return 5;
        }

        @Override
        public int unauthenticatedPerSecond() {
            return 1;
        }

        @Override
        public int unauthenticatedBurst() {
            return 20;
        }
    };

    @BeforeEach
    void strictLimits() {
        // Their time held still: no token comes back while the test runs, however slowly the machine sends.
        long now = System.nanoTime();
        QuarkusMock.installMockForType(new RateLimiter(STRICT, () -> now), RateLimiter.class);
        QuarkusMock.installMockForType(new AuthenticationFailures(STRICT, () -> now), AuthenticationFailures.class);
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
        assertEquals(5, limited, "the burst of 5 goes through, and nothing after it while no time passes");
        assertEquals("application/problem+json", last.contentType());
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        given().header("Authorization", TestTokens.bearer("quiet-client@x", "VIEWER"))
                .when().get("/api/v1/probes").then().statusCode(200);
    }

    /**
     * Requests without a valid token have no subject to be limited by: their address is, once it has been answered
     * 401 more than its budget allows, and from then on it is refused before its tokens are checked.
     */
    @Test
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
        assertEquals(20, unauthorised, "the budget of 20 is answered 401, and no more while no time passes");
        assertEquals(200, unauthorised + limited, "every other answer is a 429");
        assertEquals("application/problem+json", last.contentType());
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        // Spent: even a good token from that address waits now.
        given().header("Authorization", TestTokens.bearer("good@x", "VIEWER")).when().get("/api/v1/probes").then()
                .statusCode(429);
    }
}
