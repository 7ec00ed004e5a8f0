package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.TestTokens;

/**
 * Many callers of one trace share one assembly, but callers who may read staff names and callers who may not each
 * have their own; a recommendation not found is not kept as not found.
 */
@QuarkusTest
@TestProfile(CachingAndFollowing.class)
class TraceCacheTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        StubbedServices.quietFeeds();
        breakers.resetAll();
    }

    long reads(String url) {
        return StubbedServices.plan.countRequestsMatching(getRequestedFor(urlEqualTo(url)).build()).getCount();
    }

    /** One test, as what the cache keeps (for an hour here) outlives a test method. */
    @Test
    void aTraceNotFoundIsAskedForAgainAndCallersOfOneTraceShareOneAssembly() throws Exception {
        given().when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(404);
        AggregatesTest.traceStubs();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(pool.submit(() -> given().when().get("/api/v1/recommendations/ILACS-2023-R1").then()
                    .statusCode(200).extract().jsonPath().getString("actions[0].ref")));
        }
        for (Future<String> answer : answers) {
            assertEquals("A-1.1", answer.get());
        }
        pool.shutdown();
        assertEquals(1, reads("/api/v1/actions?recommendation=ILACS-2023-R1&size=200&page=0"), "one read for 30 callers");

        // A caller who may not read staff names is not given the trace kept for those who may: it has its own.
        given().header("Authorization", TestTokens.bearer("member@havering.test", "VIEWER")).when()
                .get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(200)
                .body("actions[0].latestProgress.narrative", org.hamcrest.Matchers.equalTo("On track"))
                .body("actions[0].latestProgress", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("author")));
        given().when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(200)
                .body("actions[0].latestProgress.author", org.hamcrest.Matchers.equalTo("j.smith"));
        assertEquals(2, reads("/api/v1/actions?recommendation=ILACS-2023-R1&size=200&page=0"),
                "one assembly for each kind of caller");
    }
}
