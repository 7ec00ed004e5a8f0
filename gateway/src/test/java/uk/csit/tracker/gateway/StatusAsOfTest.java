package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.http.QueryValues;

/** /status?asOf= asks each service for its part as at that day and says which day it is. */
@QuarkusTest
class StatusAsOfTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    @Test
    void eachServiceIsAskedForItsPartAsAtTheDay() {
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary?asOf=2025-03-26")).willReturn(okJson(
                StubAnswers.asOf(StatusAndFaultsTest.INSPECTION.replace("\"monitoringVisitCount\":3", "\"monitoringVisitCount\":2"),
                        "2025-03-26"))));
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary?asOf=2025-03-27"))
                .willReturn(okJson(StubAnswers.asOf(StatusAndFaultsTest.INSPECTION, "2025-03-27"))));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary?asOf=2025-03-26")).willReturn(okJson(
                StubAnswers.asOf(StatusAndFaultsTest.PLAN.replace("\"totalActions\":15", "\"totalActions\":12"), "2025-03-26"))));
        // A plan-service that ignored asOf would answer with today's position: it must not pass for the past.
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary?asOf=2025-03-27"))
                .willReturn(okJson(StatusAndFaultsTest.PLAN)));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary?asOf=2025-03-26"))
                .willReturn(okJson(StubAnswers.asOf(StatusAndFaultsTest.FINANCE, "2025-03-26"))));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary?asOf=2025-03-27"))
                .willReturn(okJson(StubAnswers.asOf(StatusAndFaultsTest.FINANCE, "2025-03-27"))));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(StatusAndFaultsTest.PLAN)));
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary"))
                .willReturn(okJson(StatusAndFaultsTest.INSPECTION)));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary")).willReturn(okJson(StatusAndFaultsTest.FINANCE)));

        String then = given().queryParam("asOf", "2025-03-26").when().get("/api/v1/status").then().statusCode(200)
                .body("asOf", equalTo("2025-03-26"))
                .body("degraded", equalTo(false))
                .body("monitoringVisits.count", equalTo(2))
                .body("plan.totalActions", equalTo(12))
                .extract().header("ETag");
        String now = given().when().get("/api/v1/status").then().statusCode(200)
                .body("$", not(hasKey("asOf")))
                .body("plan.totalActions", equalTo(15))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(then, now, "a past day's picture has its own ETag");
        given().queryParam("asOf", "2025-03-27").when().get("/api/v1/status").then().statusCode(200)
                .body("degraded", equalTo(true)).body("sources.plan.state", equalTo("UNAVAILABLE"));
        StubbedServices.plan.verify(getRequestedFor(urlEqualTo("/api/v1/plan-summary?asOf=2025-03-26")));
        StubbedServices.inspection.verify(getRequestedFor(urlEqualTo("/api/v1/inspection-summary?asOf=2025-03-26")));
        StubbedServices.finance.verify(getRequestedFor(urlEqualTo("/api/v1/finance-summary?asOf=2025-03-26")));
    }

    @Test
    void anAsOfThatIsNotAPastDayIsA400Problem() {
        String tomorrow = LocalDate.now(QueryValues.ENGLAND).plusDays(1).toString();
        for (String bad : new String[] {"2025-02-30", "26/03/2025", tomorrow}) {
            given().queryParam("asOf", bad).when().get("/api/v1/status").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        }
    }
}
