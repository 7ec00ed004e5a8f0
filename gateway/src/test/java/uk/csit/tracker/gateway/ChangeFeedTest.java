package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merged change feed: every service's changes once, each service's in its own order, nothing lost to an outage. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    static String change(String cursor, String at, String type, String ref) {
        return """
                {"cursor":"%s","occurredAt":"%s","entityType":"%s","entityRef":"%s","operation":"UPDATE",
                 "actor":"officer@havering.gov.uk","requestId":"r-%s","after":{"ref":"%s"}}"""
                .formatted(cursor, at, type, ref, cursor, ref);
    }

    /** A service's feed: after the given cursor it answers these changes (and says whether more wait). */
    static void feed(WireMockServer service, String after, boolean hasMore, String... changes) {
        String next = changes.length == 0 ? after : JsonPath.from(changes[changes.length - 1]).getString("cursor");
        service.stubFor(get(urlPathEqualTo("/api/v1/changes")).withQueryParam("after", equalTo(after))
                .willReturn(okJson(StubAnswers.feed(next, hasMore, changes))));
    }

    static String cursorText(String token) {
        return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    }

    @Test
    void changesOfEveryServiceComeOnceOldestFirstAndTheCursorMovesOnlyPastWhatWasGiven() {
        feed(StubbedServices.inspection, "0", false, change("1", "2025-01-01T10:00:01Z", "findings", "R1"),
                change("2", "2025-01-01T10:00:04Z", "findings", "R2"));
        // plan's feed is in commit order: change 6 began earlier than 5 but committed later; it must not jump ahead.
        feed(StubbedServices.plan, "0", false, change("5", "2025-01-01T10:00:02Z", "actions", "A-1"),
                change("6", "2025-01-01T10:00:00Z", "actions", "A-2"), change("7", "2025-01-01T10:00:05Z", "actions", "A-3"));
        feed(StubbedServices.finance, "0", false, change("9", "2025-01-01T09:59:59Z", "allocations", "AL-1"));

        JsonPath first = given().queryParam("limit", 3).when().get("/api/v1/changes").then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(false))
                .body("items.source", contains("finance", "inspection", "plan"))
                .body("items.cursor", contains("9", "1", "5"))
                .body("hasMore", org.hamcrest.Matchers.equalTo(true))
                .extract().jsonPath();
        assertEquals("inspection:1,plan:5,finance:9", cursorText(first.getString("nextCursor")));

        feed(StubbedServices.inspection, "1", false, change("2", "2025-01-01T10:00:04Z", "findings", "R2"));
        feed(StubbedServices.plan, "5", false, change("6", "2025-01-01T10:00:00Z", "actions", "A-2"),
                change("7", "2025-01-01T10:00:05Z", "actions", "A-3"));
        feed(StubbedServices.finance, "9", false);
        JsonPath second = given().queryParam("after", first.getString("nextCursor")).queryParam("limit", 3)
                .when().get("/api/v1/changes").then().statusCode(200)
                .body("items.cursor", contains("6", "2", "7"))
                .body("items.entityRef", contains("A-2", "R2", "A-3"))
                .body("hasMore", org.hamcrest.Matchers.equalTo(false))
                .extract().jsonPath();
        assertEquals("inspection:2,plan:7,finance:9", cursorText(second.getString("nextCursor")));

        List<String> all = new ArrayList<>();
        for (JsonPath page : List.of(first, second)) {
            List<String> sources = page.getList("items.source");
            List<String> cursors = page.getList("items.cursor");
            for (int i = 0; i < sources.size(); i++) {
                all.add(sources.get(i) + ":" + cursors.get(i));
            }
        }
        Set<String> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "no change twice: " + all);
        assertEquals(Set.of("inspection:1", "inspection:2", "plan:5", "plan:6", "plan:7", "finance:9"), distinct,
                "every change once");
    }

    @Test
    void aServiceThatDoesNotAnswerKeepsItsCursorAndThePageSaysSo() {
        String from = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("inspection:3,plan:40,finance:12".getBytes(StandardCharsets.UTF_8));
        feed(StubbedServices.inspection, "3", false, change("4", "2025-02-01T10:00:00Z", "inspections", "ILACS-2023"));
        feed(StubbedServices.plan, "40", false);
        StubbedServices.finance.stubFor(get(urlPathEqualTo("/api/v1/changes")).willReturn(aResponse().withStatus(500)));

        String next = given().queryParam("after", from).when().get("/api/v1/changes").then().statusCode(200)
                .body("degraded", org.hamcrest.Matchers.equalTo(true))
                .body("sources.finance.state", org.hamcrest.Matchers.equalTo("UNAVAILABLE"))
                .body("sources.plan.state", org.hamcrest.Matchers.equalTo("OK"))
                .body("items.cursor", contains("4"))
                .extract().path("nextCursor");
        assertEquals("inspection:4,plan:40,finance:12", cursorText(next));
    }

    @Test
    void aCursorOrLimitThisFeedDidNotMakeIsA400Problem() {
        for (String bad : List.of("not base64!", "cGxhbjo=", Base64.getUrlEncoder().encodeToString("plan:-1".getBytes()),
                Base64.getUrlEncoder().encodeToString("payroll:3".getBytes()))) {
            given().queryParam("after", bad).when().get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("after"));
        }
        for (String bad : List.of("0", "-1", "201", "ten")) {
            given().queryParam("limit", bad).when().get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
        }
        given().header("Authorization", uk.csit.tracker.kit.testing.TestTokens.bearer("viewer", "VIEWER"))
                .when().get("/api/v1/changes").then().statusCode(403);
    }
}
