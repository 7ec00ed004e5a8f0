package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the gateway passes on, it passes on unchanged: money as the service wrote it, a refusal with the service's
 * status and problem. And only a failing service opens its breaker, whichever way the gateway reached it.
 */
@QuarkusTest
class PassingOnTest {

    static final String REFUSAL = """
            {"type":"https://csit.uk/problems/validation","title":"Request not valid","status":400,
             "detail":"ref: must be letters, digits, '.', '_' or '-'","instance":"/api/v1/findings/x"}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthyServices() {
        StubbedServices.resetAll();
        breakers.resetAll();
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary"))
                .willReturn(okJson(StatusAndFaultsTest.INSPECTION)));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(StatusAndFaultsTest.PLAN)));
    }

    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    @Test
    void moneyGoesOnAsTheFinanceServiceWroteIt() {
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary")).willReturn(okJson("""
                {"asAt":"2026-11-22T10:00:02Z","currentFinancialYear":{"label":"2026-27"},
                 "years":[{"financialYear":{"label":"2024-25"},"allocatedGbp":16000000.00,"spentGbp":0.00,
                   "forecastOutturnGbp":1234567.89,"varianceGbp":-0.10}]}""")));
        String status = given().when().get("/api/v1/status").then().statusCode(200).extract().asString();
        for (String figure : new String[] {"\"allocatedGbp\":16000000.00", "\"spentGbp\":0.00",
                "\"forecastOutturnGbp\":1234567.89", "\"varianceGbp\":-0.10"}) {
            assertTrue(status.contains(figure), figure + " in " + status);
        }
    }

    @Test
    void aRequestTheServiceRefusesGoesBackAsItRefusedItAndNeverOpensTheBreaker() {
        StubbedServices.inspection.stubFor(get(urlPathMatching("/api/v1/findings/x.*"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody(REFUSAL)));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary"))
                .willReturn(okJson(StatusAndFaultsTest.FINANCE)));
        for (int i = 0; i < 8; i++) {
            given().when().get("/api/v1/recommendations/x" + i).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("must be letters"));
        }
        StubbedServices.inspection.verify(8, getRequestedFor(urlPathMatching("/api/v1/findings/x.*")));
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("inspection-service"),
                "refusals are the caller's, not the service's failures");
        given().when().get("/api/v1/status").then().statusCode(200).body("degraded", equalTo(false))
                .body("sources.inspection.state", equalTo("OK"));
    }

    @Test
    void forwardedCallsAndAggregatesShareTheServicesOneBreaker() {
        StubbedServices.finance.stubFor(get(urlPathMatching("/api/v1/allocations.*")).willReturn(aResponse().withStatus(500)));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary"))
                .willReturn(okJson(StatusAndFaultsTest.FINANCE)));
        for (int i = 0; i < 4; i++) {
            given().when().get("/api/v1/allocations").then().statusCode(503);
        }
        // Four failed forwarded calls open finance's breaker; the status, which reads finance too, is told at once.
        given().when().get("/api/v1/status").then().statusCode(200).body("sources.finance.state", equalTo("UNAVAILABLE"));
        StubbedServices.finance.verify(0, getRequestedFor(urlEqualTo("/api/v1/finance-summary")));
    }
}
