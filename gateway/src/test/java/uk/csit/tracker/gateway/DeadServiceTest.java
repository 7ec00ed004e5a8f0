package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The finance service is not running at all: its stub is stopped and its port refuses connections. */
@QuarkusTest
class DeadServiceTest {

    @BeforeAll
    static void financeStops() {
        StubbedServices.stopped(StubbedServices.finance);
    }

    @AfterAll
    static void financeStartsAgain() {
        StubbedServices.startedAgain(StubbedServices.finance);
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthyOthers() {
        StubbedServices.resetAll();
        breakers.resetAll();
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary"))
                .willReturn(okJson(StatusAndFaultsTest.INSPECTION)));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(StatusAndFaultsTest.PLAN)));
    }

    @AfterEach
    void closeBreakers() {
        // Leave no stub and no open breaker behind for the next test class sharing this application.
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    @Test
    void theStatusSaysFinanceIsUnavailableAndTellsTheRest() {
        given().when().get("/api/v1/status").then().statusCode(200)
                .time(lessThan(2000L))
                .body("degraded", equalTo(true))
                .body("sources.finance.state", equalTo("UNAVAILABLE"))
                .body("sources.plan.state", equalTo("OK"))
                .body("sources.inspection.state", equalTo("OK"))
                .body("finance", equalTo(null))
                .body("plan.totalActions", equalTo(15));
    }

    @Test
    void aForwardedCallToTheDeadServiceIs503ProblemAndOthersStillWork() {
        given().when().get("/api/v1/allocations").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("detail", containsString("finance"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
        given().contentType("application/json").header("Idempotency-Key", "dead-1").body(StubAnswers.ref("ALLOC-9"))
                .when().post("/api/v1/allocations").then().statusCode(503).contentType("application/problem+json");
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/plans")).willReturn(okJson(StubAnswers.page(0, 50, 0))));
        given().when().get("/api/v1/plans").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theForwardingBreakerOpensForAFailingServiceAndClosesWhenItIsBack() throws Exception {
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/kpis")).willReturn(aResponse().withStatus(502)));
        for (int i = 0; i < 4; i++) {
            given().when().get("/api/v1/kpis").then().statusCode(503);
        }
        assertEquals(4, StubbedServices.plan.findAll(getRequestedFor(urlPathEqualTo("/api/v1/kpis"))).size());
        given().when().get("/api/v1/kpis").then().statusCode(503).body("detail", containsString("circuit open"));
        assertEquals(4, StubbedServices.plan.findAll(getRequestedFor(urlPathEqualTo("/api/v1/kpis"))).size(),
                "an open breaker does not call the service");
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/kpis")).willReturn(okJson(StubAnswers.page(0, 50, 0))));
        // The breaker half-opens after its delay (3 s in tests) and closes on a good answer.
        Thread.sleep(3100);
        given().when().get("/api/v1/kpis").then().statusCode(200);
        given().when().get("/api/v1/kpis").then().statusCode(200);
    }
}
