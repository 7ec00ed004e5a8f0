package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Traceability, the merged timeline and cross-service integrity, against stubbed services. */
@QuarkusTest
class AggregatesTest {

    static final String RECOMMENDATION = """
            {"ref":"ILACS-2023-R1","type":"RECOMMENDATION","inspectionRef":"ILACS-2023","inspectionStartDate":"2023-12-11",
             "inspectionType":"ILACS_STANDARD","area":"HELP_AND_PROTECTION","status":"OPEN","text":"Improve...",
             "textPending":false,"statusHistory":[{"toStatus":"OPEN","changedOn":"2024-02-01",
             "changedBy":"inspection-editor","recordedAt":"2024-02-01T09:00:00Z"}],"version":0}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    @AfterEach
    void closeBreakers() {
        // Leave no stub and no open breaker behind for the next test class sharing this application.
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    static void stub(WireMockServer service, String url, String json) {
        service.stubFor(get(urlEqualTo(url)).willReturn(okJson(json)));
    }

    static String page(String items, int page, int total) {
        return StubAnswers.page(page, 200, total, items);
    }

    static void traceStubs() {
        stub(StubbedServices.inspection, "/api/v1/findings/ILACS-2023-R1", RECOMMENDATION);
        stub(StubbedServices.plan, "/api/v1/priorities?recommendation=ILACS-2023-R1&size=200&page=0", page("""
                {"ref":"P1","title":"Help and protection","recommendationRefs":["ILACS-2023-R1"]},
                {"ref":"P2","title":"Front door","recommendationRefs":["ILACS-2023-R1","ILACS-2023-R2"]}""", 0, 2));
        stub(StubbedServices.plan, "/api/v1/actions?recommendation=ILACS-2023-R1&size=200&page=0", page("""
                {"ref":"A-1.1","priorityRef":"P1","title":"Audit supervision","status":"IN_PROGRESS","rag":"GREEN","latestProgress":{"date":"2025-09-01","author":"j.smith",
                 "narrative":"On track","rag":"GREEN","percentComplete":60}}""", 0, 1));
        stub(StubbedServices.finance, "/api/v1/allocations?priority=P1&priority=P2&size=200&page=0", page("""
                {"ref":"ALLOC-2024-25-001","priorityRef":"P1","amountGbp":250000.00,"spentGbp":120000.50}""", 0, 1));
        stub(StubbedServices.inspection, "/api/v1/findings?area=HELP_AND_PROTECTION&inspectionType=MONITORING_VISIT&size=200&page=0", page("""
                {"ref":"MV-2023-01-F1","type":"AREA_FOR_IMPROVEMENT","text":"Supervision","inspectionStartDate":"2023-06-01"},
                {"ref":"MV-2025-09-F1","type":"STRENGTH","text":"Caseloads","inspectionStartDate":"2025-09-16"}""", 0, 2));
    }

    @Test
    void aRecommendationIsTracedToActionsMoneyAndLaterVisits() {
        traceStubs();
        given().when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("degraded", equalTo(false))
                .body("recommendation.status", equalTo("OPEN"))
                .body("priorities.ref", contains("P1", "P2"))
                .body("actions[0].latestProgress.narrative", equalTo("On track"))
                .body("allocations[0].spentGbp", equalTo(120000.50f))
                .body("laterMonitoringFindings.ref", contains("MV-2025-09-F1"))
                .body("actions[0].latestProgress.author", equalTo("j.smith"));
        // The author is a member of staff's name: the gateway leaves it out for a caller who may not read history,
        // whatever a service sent it.
        given().header("Authorization", uk.csit.tracker.kit.testing.TestTokens.bearer("member@havering.test", "VIEWER"))
                .when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(200)
                .body("actions[0].latestProgress.narrative", equalTo("On track"))
                .body("actions[0].latestProgress", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("author")));
    }

    @Test
    void aTraceWithoutFinanceIsDegradedNotFailed() {
        traceStubs();
        StubbedServices.finance.stubFor(get(urlPathEqualTo("/api/v1/allocations"))
                .willReturn(aResponse().withStatus(502)));
        given().when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("sources.finance.state", equalTo("UNAVAILABLE"))
                .body("sources.plan.state", equalTo("OK"))
                .body("allocations", nullValue())
                .body("actions", hasSize(1));
    }

    @Test
    void anUnknownRecommendationIs404AndAnUnreadableOne503() {
        given().when().get("/api/v1/recommendations/ILACS-2023-R99").then().statusCode(404)
                .contentType("application/problem+json");
        stub(StubbedServices.inspection, "/api/v1/findings/ILACS-2023-S1", RECOMMENDATION.replace("\"RECOMMENDATION\"", "\"STRENGTH\""));
        given().when().get("/api/v1/recommendations/ILACS-2023-S1").then().statusCode(404)
                .body("detail", containsString("not a recommendation"));
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/findings/ILACS-2023-R1"))
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        given().when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5");
    }

    @Test
    void theTimelineMergesBothServicesInDateOrderAndPages() {
        stub(StubbedServices.inspection, "/api/v1/timeline?from=2023-01-01&to=2025-12-31&size=200&page=0", page("""
                {"date":"2025-09-16","endDate":"2025-09-17","datePrecision":"DAY","type":"MONITORING_VISIT",
                 "ref":"MV-2025-09","title":"Monitoring visit","summary":"good progress"},
                {"date":"2023-12-11","endDate":"2023-12-22","type":"INSPECTION","ref":"ILACS-2023","title":"ILACS"}""",
                0, 2));
        // The plan's timeline comes in two pages; the gateway reads both.
        stub(StubbedServices.plan, "/api/v1/timeline?from=2023-01-01&to=2025-12-31&size=200&page=0", page("""
                {"date":"2024-06-12","type":"BOARD_MEETING","ref":"IB-2024-06","title":"Improvement board"},
                {"date":"2023-12-11","type":"MILESTONE","ref":"A-1.1-M1","title":"Plan drafted","newField":true}""", 0, 3));
        stub(StubbedServices.plan, "/api/v1/timeline?from=2023-01-01&to=2025-12-31&size=200&page=1", page("""
                {"date":"2025-03-31","type":"MILESTONE","ref":"A-2.1-M1","title":"Front door live"}""", 1, 3));
        given().queryParam("from", "2023-01-01").queryParam("to", "2025-12-31").queryParam("size", 3)
                .when().get("/api/v1/timeline").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("sources.inspection.state", equalTo("OK"))
                .body("sources.plan.state", equalTo("OK"))
                .body("totalItems", equalTo(5))
                .body("items.ref", contains("ILACS-2023", "A-1.1-M1", "IB-2024-06"))
                .body("items.source", contains("inspection", "plan", "plan"))
                .body("items[0].endDate", equalTo("2023-12-22"))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("from", "2023-01-01").queryParam("to", "2025-12-31").queryParam("size", 3)
                .queryParam("page", 1).when().get("/api/v1/timeline").then().statusCode(200)
                .body("items.ref", contains("A-2.1-M1", "MV-2025-09"))
                .body("items[1].summary", equalTo("good progress"));
    }

    @Test
    void aTimelineWithAServiceDownIsDegradedAndStillInTime() {
        stub(StubbedServices.inspection, "/api/v1/timeline?size=200&page=0", page("""
                {"date":"2023-12-11","type":"INSPECTION","ref":"ILACS-2023","title":"ILACS"}""", 0, 1));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/timeline?size=200&page=0"))
                .willReturn(okJson(page("", 0, 0)).withFixedDelay(3000)));
        given().when().get("/api/v1/timeline").then().statusCode(200)
                .time(lessThan(2000L))
                .body("degraded", equalTo(true))
                .body("sources.inspection.state", equalTo("OK"))
                .body("sources.plan.state", equalTo("UNAVAILABLE"))
                .body("sources.plan.readAt", nullValue())
                .body("items.ref", contains("ILACS-2023"));
    }

    @Test
    void badTimelineParametersAre400Problems() {
        given().queryParam("from", "2025-13-01").queryParam("to", "2024-01-01").queryParam("size", 500)
                .when().get("/api/v1/timeline").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("from", "size"));
        given().queryParam("from", "2025-01-01").queryParam("to", "2024-01-01")
                .when().get("/api/v1/timeline").then().statusCode(400).body("errors.field", contains("to"));
    }

    /**
     * The timeline's tag once two reads in a row agree on it. On a busy machine the first, cold read can miss the
     * gateway's deadline for a service (seen in a clean-clone CI run, the event loop blocked loading classes): its
     * answer names that source's state otherwise, so it is another timeline with its own tag.
     */
    private static String settledTimelineTag() {
        String previous = null;
        for (int read = 0; read < 5; read++) {
            String tag = given().when().get("/api/v1/timeline").then().statusCode(200).extract().header("ETag");
            if (tag.equals(previous)) {
                return tag;
            }
            previous = tag;
        }
        throw new AssertionError("five reads of an unchanged timeline gave no tag twice in a row");
    }

    @Test
    void anUnchangedTimelineIs304() {
        stub(StubbedServices.inspection, "/api/v1/timeline?size=200&page=0", page("""
                {"date":"2023-12-11","type":"INSPECTION","ref":"ILACS-2023","title":"ILACS"}""", 0, 1));
        String etag = settledTimelineTag();
        given().header("If-None-Match", etag).when().get("/api/v1/timeline").then().statusCode(304);
        given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get("/api/v1/timeline").then()
                .statusCode(304);
    }

    void integrityStubs() {
        stub(StubbedServices.inspection, "/api/v1/findings?type=RECOMMENDATION&size=200&page=0", page("""
                {"ref":"ILACS-2023-R1","type":"RECOMMENDATION"},{"ref":"ILACS-2023-R2","type":"RECOMMENDATION"}""", 0, 2));
        stub(StubbedServices.plan, "/api/v1/priorities?size=200&page=0", page("""
                {"ref":"P1","recommendationRefs":["ILACS-2023-R1"]},
                {"ref":"P2","recommendationRefs":["ILACS-2023-R2","ILACS-2023-R9"]}""", 0, 2));
        stub(StubbedServices.plan, "/api/v1/actions?size=200&page=0", page("""
                {"ref":"A-1.1","priorityRef":"P1"},{"ref":"A-2.1","priorityRef":"P2"}""", 0, 2));
        stub(StubbedServices.finance, "/api/v1/allocations?size=200&page=0", page("""
                {"ref":"ALLOC-1","priorityRef":"P1","actionRef":null},
                {"ref":"ALLOC-2","priorityRef":"P7","actionRef":"A-1.1"},
                {"ref":"ALLOC-3","priorityRef":null,"actionRef":"A-9.9"}""", 0, 3));
    }

    @Test
    void referencesThatDoNotResolveAreReported() {
        integrityStubs();
        given().when().get("/api/v1/integrity").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("checks.state", contains("RUN", "RUN", "RUN"))
                .body("checks.examined", contains(3, 2, 2))
                .body("problems", hasSize(3))
                .body("problems.check", contains("ALLOCATION_CITES_UNKNOWN_ACTION", "ALLOCATION_CITES_UNKNOWN_PRIORITY",
                        "PRIORITY_CITES_UNKNOWN_RECOMMENDATION"))
                .body("problems.ref", contains("ALLOC-3", "ALLOC-2", "P2"))
                .body("problems.cites", contains("A-9.9", "P7", "ILACS-2023-R9"));
    }

    @Test
    void aCheckWhoseSourceIsDownIsNotRunRatherThanClean() {
        integrityStubs();
        StubbedServices.finance.stubFor(get(urlPathEqualTo("/api/v1/allocations"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[1,2,3]")));
        given().when().get("/api/v1/integrity").then().statusCode(200)
                .body("degraded", equalTo(true))
                .body("sources.finance.state", equalTo("UNAVAILABLE"))
                .body("checks.state", contains("RUN", "NOT_RUN", "NOT_RUN"))
                .body("problems.ref", contains("P2"));
    }

    @Test
    void aFailedReadIsRetriedOnceAndA404IsNotAFailure() {
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/findings/ILACS-2023-R1"))
                .willReturn(aResponse().withStatus(500)));
        given().when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(503);
        StubbedServices.inspection.verify(2, getRequestedFor(urlEqualTo("/api/v1/findings/ILACS-2023-R1")));
        for (int i = 0; i < 6; i++) {
            given().when().get("/api/v1/recommendations/NOPE-" + i).then().statusCode(404);
        }
        // Six 404s neither retried nor opening the breaker: the next read still reaches the service.
        StubbedServices.inspection.verify(6, getRequestedFor(WireMock.urlMatching("/api/v1/findings/NOPE-.*")));
        traceStubs();
        given().when().get("/api/v1/recommendations/ILACS-2023-R1").then().statusCode(200);
    }
}
