package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusAndFaultsTest {

    static final String INSPECTION = """
            {"asAt":"2026-11-22T10:00:00Z","localAuthority":{"name":"London Borough of Havering","onsCode":"E09000016"},
             "currentJudgements":[{"area":"OVERALL_EFFECTIVENESS","grade":"INADEQUATE","inspectionRef":"ILACS-2023"}],
             "openIntervention":{"ref":"DFE-IN-2024","type":"IMPROVEMENT_NOTICE","nextReviewDue":"2025-05-01"},
             "lastMonitoringVisit":{"ref":"MV-2025-09","progressVerdict":"good progress"},"nextMonitoringVisit":null,
             "monitoringVisitCount":3,
             "recommendations":[{"ref":"ILACS-2023-R1","inspectionRef":"ILACS-2023","text":"t","textPending":true,"status":"OPEN"},
                                {"ref":"ILACS-2023-R2","inspectionRef":"ILACS-2023","text":"t","textPending":true,"status":"OPEN"}]}""";
    static final String PLAN = """
            {"asAt":"2026-11-22T10:00:01Z","plan":{"ref":"CSIP-2024"},"totalActions":15,
             "byStatus":{"COMPLETE":2},"byRag":{"COMPLETE":2},"overdue":0,"priorities":[],
             "recommendations":[{"recommendationRef":"ILACS-2023-R1","priorityRefs":["P1"],"rag":"GREEN"}],
             "kpiHeadlines":[{"code":"SW_CASELOAD"}]}""";
    static final String FINANCE = """
            {"asAt":"2026-11-22T10:00:02Z","currentFinancialYear":{"label":"2026-27"},
             "years":[{"financialYear":{"label":"2024-25"},"allocatedGbp":16000000.00}]}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthyServices() {
        StubbedServices.resetAll();
        breakers.resetAll();
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary")).willReturn(okJson(INSPECTION)));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(PLAN)));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary")).willReturn(okJson(FINANCE)));
    }

    @AfterEach
    void closeBreakers() {
        // Leave no stub and no open breaker behind for the next test class sharing this application.
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    @Test
    void theStatusTellsTheWholeStoryFromOneCallPerService() {
        given().when().get("/api/v1/status").then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(false))
                .body("sources.inspection.state", org.hamcrest.Matchers.equalTo("OK"))
                .body("sources.plan.readAt", org.hamcrest.Matchers.equalTo("2026-11-22T10:00:01Z"))
                .body("currentJudgements[0].grade", org.hamcrest.Matchers.equalTo("INADEQUATE"))
                .body("openIntervention.ref", org.hamcrest.Matchers.equalTo("DFE-IN-2024"))
                .body("monitoringVisits.count", org.hamcrest.Matchers.equalTo(3))
                .body("recommendations", hasSize(2))
                .body("recommendations[0].plan.rag", org.hamcrest.Matchers.equalTo("GREEN"))
                .body("recommendations[1].plan", nullValue())
                .body("plan.totalActions", org.hamcrest.Matchers.equalTo(15))
                .body("finance.years[0].allocatedGbp", org.hamcrest.Matchers.equalTo(16000000.00f));
        StubbedServices.plan.verify(1, getRequestedFor(urlEqualTo("/api/v1/plan-summary")));
        StubbedServices.inspection.verify(1, getRequestedFor(urlEqualTo("/api/v1/inspection-summary")));
        StubbedServices.finance.verify(1, getRequestedFor(urlEqualTo("/api/v1/finance-summary")));
    }

    @Test
    void theCallersTokenAndRequestIdGoToTheServices() {
        given().header("X-Request-Id", "trace-me-1").when().get("/api/v1/status").then().statusCode(200);
        StubbedServices.plan.verify(getRequestedFor(urlEqualTo("/api/v1/plan-summary"))
                .withHeader("X-Request-Id", equalTo("trace-me-1"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
    }

    @Test
    void aSlowServiceIsUnavailableAndTheAnswerStillComesInTime() {
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(PLAN).withFixedDelay(3000)));
        given().when().get("/api/v1/status").then().statusCode(200)
                .time(lessThan(2000L))
                .body("degraded", org.hamcrest.Matchers.equalTo(true))
                .body("sources.plan.state", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("plan", nullValue())
                .body("recommendations[0].plan", nullValue())
                .body("sources.inspection.state", org.hamcrest.Matchers.equalTo("OK"));
    }

    @Test
    void errorsGarbageAndRefusedConnectionsAreUnavailableNever500() throws Exception {
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(aResponse().withStatus(500)));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{not json")));
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().when().get("/api/v1/status").then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(true))
                .body("sources.plan.state", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("sources.finance.state", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("sources.inspection.state", org.hamcrest.Matchers.equalTo("UNAVAILABLE"));
    }

    @Test
    void theBreakerOpensStopsCallingAndClosesWhenTheServiceIsBack() throws Exception {
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/status").then().statusCode(200).body("sources.plan.state",
                    org.hamcrest.Matchers.equalTo("UNAVAILABLE"));
        }
        int callsWhenOpen = StubbedServices.plan.findAll(getRequestedFor(urlEqualTo("/api/v1/plan-summary"))).size();
        given().when().get("/api/v1/status").then().statusCode(200);
        assertEquals(callsWhenOpen,
                StubbedServices.plan.findAll(getRequestedFor(urlEqualTo("/api/v1/plan-summary"))).size(),
                "an open breaker does not call the service");
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary")).willReturn(okJson(PLAN)));
        // The breaker half-opens after its delay (3 s in tests, long enough that a loaded machine still
        // sees it open above) and closes on a good answer.
        Thread.sleep(3100);
        given().when().get("/api/v1/status").then().statusCode(200)
                .body("sources.plan.state", org.hamcrest.Matchers.equalTo("OK"));
    }

    @Test
    void anUnchangedStatusIs304WithItsETag() {
        String etag = given().when().get("/api/v1/status").then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(false)).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/status").then().statusCode(304);
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary"))
                .willReturn(okJson(PLAN.replace("\"totalActions\":15", "\"totalActions\":16"))));
        given().header("If-None-Match", etag).when().get("/api/v1/status").then().statusCode(200)
                .body("plan.totalActions", org.hamcrest.Matchers.equalTo(16));
    }

    @Test
    void theServicesOwnResourcesAreForwardedWithTheirAnswers() {
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/actions")).willReturn(okJson(StubAnswers.page(0, 5, 0))
                .withHeader("Link", "<" + StubbedServices.plan.baseUrl() + "/api/v1/actions?page=0&size=5>; rel=\"first\"")));
        given().queryParam("size", 5).when().get("/api/v1/actions").then().statusCode(200)
                .body("size", org.hamcrest.Matchers.equalTo(5))
                .header("Link", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(StubbedServices.plan.baseUrl())));
        StubbedServices.plan.verify(getRequestedFor(urlEqualTo("/api/v1/actions?size=5")));

        StubbedServices.finance.stubFor(post(urlEqualTo("/api/v1/allocations")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", StubbedServices.finance.baseUrl() + "/api/v1/allocations/ALLOC-1")
                .withHeader("ETag", "\"0\"").withBody(StubAnswers.ref("ALLOC-1"))));
        String allocation = """
                {"ref":"ALLOC-1","financialYear":"2024-25","category":"IMPROVEMENT_PLAN","amountGbp":1000.00,\
                "purpose":"Social worker recruitment"}""";
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body(allocation)
                .when().post("/api/v1/allocations").then().statusCode(201)
                .header("Location", endsWith("/api/v1/allocations/ALLOC-1"))
                .header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        String.valueOf(StubbedServices.finance.port()))))
                .header("ETag", "\"0\"").body("ref", org.hamcrest.Matchers.equalTo("ALLOC-1"));
        StubbedServices.finance.verify(postRequestedFor(urlEqualTo("/api/v1/allocations"))
                .withHeader("Idempotency-Key", equalTo("k-1")).withRequestBody(equalTo(allocation)));
    }

    @Test
    void aForwardedCallToAFailingServiceIs503AndAnUnknownResource404() {
        StubbedServices.inspection.stubFor(get(urlPathEqualTo("/api/v1/findings")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        given().when().get("/api/v1/findings").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5");
        given().when().get("/api/v1/no-such-things").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noTokenIs401AndAViewerMayReadTheStatus() {
        given().header(uk.csit.tracker.kit.testing.JwtResource.NO_TOKEN, "true").when().get("/api/v1/status")
                .then().statusCode(401).contentType("application/problem+json");
        given().header(uk.csit.tracker.kit.testing.JwtResource.NO_TOKEN, "true").when().get("/api/v1/actions")
                .then().statusCode(401);
        given().header("Authorization", uk.csit.tracker.kit.testing.TestTokens.bearer("adviser@dfe.test", "ADVISOR"))
                .when().get("/api/v1/status").then().statusCode(200);
    }

}
