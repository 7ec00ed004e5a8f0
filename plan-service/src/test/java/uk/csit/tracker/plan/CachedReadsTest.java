package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.time.Ticker;

/**
 * The read cache (an action by ref, a page of actions, today's plan summary) with its time held still, so that what
 * it keeps is seen however long the test takes: a write through the API is read back at once, whatever was kept; a
 * change made straight in the database is not seen while the ttl (the documented bound) has not passed.
 */
@QuarkusTest
class CachedReadsTest {

    @Inject
    DataSource dataSource;

    String programme;
    String priority;
    String action;

    /**
     * An action of the test's own, in a programme of its own, and the cache's time standing still for the whole
     * test: its ttl never passes.
     */
    @BeforeEach
    void anActionOfItsOwnAndTimeHeldStill() {
        long now = System.nanoTime();
        QuarkusMock.installMockForType((Ticker) () -> now, Ticker.class);
        priority = "P-" + UUID.randomUUID().toString().substring(0, 8);
        action = priority + "-A1";
        programme = OwnProgramme.withPriority(priority, "Cached");
        given().contentType(ContentType.JSON).body(actionBody("First title", 10))
                .when().post("/api/v1/actions").then().statusCode(201);
    }

    String actionBody(String title, int percent) {
        return PlanBodies.action(action, priority, title).put("status", "IN_PROGRESS").put("percentComplete", percent)
                .toString();
    }

    void changeTitleInTheDatabase(String title) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update action set title = ? where ref = ?")) {
            s.setString(1, title);
            s.setString(2, action);
            s.executeUpdate();
        }
    }

    @Test
    void aListPageIsKeptForItsFiltersAndReadAfreshAfterAWrite() throws Exception {
        given().queryParam("priority", priority).when().get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.size()", equalTo(1));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into action (ref, priority_id, title, status)"
                        + " select ?, id, 'Written behind the API''s back', 'NOT_STARTED' from priority where ref = ?")) {
            s.setString(1, priority + "-SQL");
            s.setString(2, priority);
            s.executeUpdate();
        }
        // The page kept for these filters stands, with its Link header; other filters are read afresh.
        given().queryParam("priority", priority).when().get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.size()", equalTo(1))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"last\""));
        given().queryParam("priority", priority).queryParam("status", "NOT_STARTED").when().get("/api/v1/actions")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].ref", equalTo(priority + "-SQL"));

        given().contentType(ContentType.JSON)
                .body(PlanBodies.action(priority + "-A2", priority, "Through the API").put("status", "NOT_STARTED").toString())
                .when().post("/api/v1/actions")
                .then().statusCode(201);
        given().queryParam("priority", priority).when().get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.size()", equalTo(3));
        given().queryParam("priority", priority).queryParam("size", "2").when().get("/api/v1/actions").then()
                .statusCode(200).body("totalItems", equalTo(3)).body("items.size()", equalTo(2))
                .header("Link", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("page=1"),
                        org.hamcrest.Matchers.containsString("rel=\"next\"")));
    }

    @Test
    void aKeptActionGivesWayToEveryWriteThroughTheApi() throws Exception {
        given().when().get("/api/v1/actions/" + action).then().statusCode(200).body("title", equalTo("First title"));
        changeTitleInTheDatabase("Written behind the API's back");
        given().when().get("/api/v1/actions/" + action).then().statusCode(200).body("title", equalTo("First title"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(actionBody("Second title", 20))
                .when().put("/api/v1/actions/" + action).then().statusCode(200);
        given().when().get("/api/v1/actions/" + action).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo("Second title")).body("percentComplete", equalTo(20.0f));

        given().contentType(ContentType.JSON)
                .body(PlanBodies.progressUpdate(java.time.LocalDate.parse("2026-01-05"), "Moved on", "AMBER", 30).toString())
                .when().post("/api/v1/actions/" + action + "/progress-updates").then().statusCode(201);
        given().when().get("/api/v1/actions/" + action).then().statusCode(200)
                .body("latestProgress.narrative", equalTo("Moved on"));
    }

    @Test
    void aRefusedWriteLeavesTheKeptAnswerRight() {
        given().when().get("/api/v1/actions/" + action).then().statusCode(200).header("ETag", "\"0\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(actionBody("Stale", 20))
                .when().put("/api/v1/actions/" + action).then().statusCode(412);
        given().when().get("/api/v1/actions/" + action).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo("First title"));
    }

    @Test
    void aMissingActionIsFoundOnceItIsMade() {
        String later = priority + "-A2";
        given().when().get("/api/v1/actions/" + later).then().statusCode(404);
        given().contentType(ContentType.JSON).body(actionBody("Made later", 0).replace(action, later))
                .when().post("/api/v1/actions").then().statusCode(201);
        given().when().get("/api/v1/actions/" + later).then().statusCode(200).body("title", equalTo("Made later"));
    }

    @Test
    void todaysSummaryCountsANewActionAtOnce() {
        // Read through the roll-up of the test's own programme: every programme has one in today's (kept) summary,
        // which lists only the 50 priorities most in need, and the module's other tests add theirs.
        String path = "programmes.find { it.ref == '" + programme + "' }.totalActions";
        given().when().get("/api/v1/plan-summary").then().statusCode(200).body(path, equalTo(1));
        given().contentType(ContentType.JSON).body(actionBody("Second action", 0).replace(action, priority + "-A3"))
                .when().post("/api/v1/actions").then().statusCode(201);
        given().when().get("/api/v1/plan-summary").then().statusCode(200).body(path, equalTo(2));
    }
}
