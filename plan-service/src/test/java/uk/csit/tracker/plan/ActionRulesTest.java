package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.TestTokens;

@QuarkusTest
class ActionRulesTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    private String priority;

    @BeforeEach
    void aPriorityOfItsOwn() {
        priority = "P-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(PlanBodies.priority(priority, "Test priority", priority + "-R1").toString())
                .when().post("/api/v1/priorities").then().statusCode(201);
    }

    /** Action refs are numbered within the test's own priority: four random hex digits once drew the same twice. */
    private int actions;

    private String action(String status, String percent, LocalDate start, LocalDate due) {
        String ref = priority + "-A" + (++actions);
        given().contentType(ContentType.JSON).body(body(ref, status, percent, start, due).toString())
                .when().post("/api/v1/actions").then().statusCode(201);
        return ref;
    }

    private ObjectNode body(String ref, String status, String percent, LocalDate start, LocalDate due) {
        return PlanBodies.action(ref, priority, "Do it", status, percent, start, due);
    }

    private void assertRag(String ref, String rag) {
        given().when().get("/api/v1/actions/" + ref).then().statusCode(200).body("derivedRag", equalTo(rag));
    }

    @Test
    void theSummaryRollsUpARecommendationOverEveryPriorityAnsweringIt() {
        String second = priority + "-2";
        given().contentType(ContentType.JSON)
                .body(PlanBodies.priority(second, "Second", priority + "-R1").toString())
                .when().post("/api/v1/priorities").then().statusCode(201);
        LocalDate start = TODAY.minusDays(100);
        LocalDate due = TODAY.plusDays(100);
        action("IN_PROGRESS", "34.95", start, due);
        action("IN_PROGRESS", "45.00", start, due);
        given().contentType(ContentType.JSON)
                .body(body(second + "-A1", "COMPLETE", "100", start, due).put("priorityRef", second).toString())
                .when().post("/api/v1/actions").then().statusCode(201);

        String rollup = "recommendations.find { it.recommendationRef == '" + priority + "-R1' }";
        given().when().get("/api/v1/plan-summary").then().statusCode(200)
                .body(rollup + ".priorityRefs", contains(priority, second))
                .body(rollup + ".totalActions", equalTo(3))
                .body(rollup + ".byRag.RED", equalTo(1))
                .body(rollup + ".byRag.GREEN", equalTo(1))
                .body(rollup + ".byRag.COMPLETE", equalTo(1))
                .body(rollup + ".rag", equalTo("RED"));
    }

    @Test
    void ragBoundariesAgainstExpectedProgress() {
        LocalDate start = TODAY.minusDays(100);
        LocalDate due = TODAY.plusDays(100);
        // Expected progress today is 50%: 90% of it is 45, 70% of it is 35.
        assertRag(action("IN_PROGRESS", "45.00", start, due), "GREEN");
        assertRag(action("IN_PROGRESS", "44.95", start, due), "AMBER");
        assertRag(action("IN_PROGRESS", "35.00", start, due), "AMBER");
        assertRag(action("IN_PROGRESS", "34.95", start, due), "RED");
    }

    @Test
    void dueTodayOverdueCompleteAndUndated() {
        assertRag(action("IN_PROGRESS", "90.00", TODAY.minusDays(10), TODAY), "GREEN");
        assertRag(action("IN_PROGRESS", "89.90", TODAY.minusDays(10), TODAY), "AMBER");
        String overdue = action("IN_PROGRESS", "99.00", TODAY.minusDays(10), TODAY.minusDays(1));
        given().when().get("/api/v1/actions/" + overdue).then()
                .body("derivedRag", equalTo("RED")).body("overdue", equalTo(true));
        assertRag(action("COMPLETE", "100", TODAY.minusDays(10), TODAY.minusDays(1)), "COMPLETE");
        assertRag(action("NOT_STARTED", "0", null, null), "NOT_ASSESSED");
        assertRag(action("NOT_STARTED", "0", TODAY.plusDays(5), TODAY.plusDays(50)), "GREEN");
        given().queryParam("priority", priority).queryParam("overdue", "true").when().get("/api/v1/actions")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].ref", equalTo(overdue));
        given().queryParam("priority", priority).queryParam("rag", "AMBER").when().get("/api/v1/actions")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void anOverrideNeedsAReasonAndBothRagsAreReturned() {
        String ref = priority + "-OVR";
        given().contentType(ContentType.JSON)
                .body(body(ref, "IN_PROGRESS", "0", TODAY.minusDays(100), TODAY.plusDays(100)).put("ragOverride", "AMBER")
                        .toString())
                .when().post("/api/v1/actions").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("ragOverrideReason"));
        given().contentType(ContentType.JSON)
                .body(body(ref, "IN_PROGRESS", "0", TODAY.minusDays(100), TODAY.plusDays(100)).put("ragOverride", "AMBER")
                        .put("ragOverrideReason", "New team in post").toString())
                .when().post("/api/v1/actions").then().statusCode(201)
                .body("rag", equalTo("AMBER")).body("derivedRag", equalTo("RED")).body("ragOverride", equalTo("AMBER"));
    }

    @Test
    void illegalChangesAreRefusedWithTheReason() {
        given().contentType(ContentType.JSON).body(body(priority + "-X1", "IN_PROGRESS", "100", null, null).toString())
                .when().post("/api/v1/actions").then().statusCode(422).body("errors[0].field", equalTo("percentComplete"));
        given().contentType(ContentType.JSON)
                .body(body(priority + "-X2", "IN_PROGRESS", "10", TODAY, TODAY.minusDays(1)).toString())
                .when().post("/api/v1/actions").then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        given().contentType(ContentType.JSON)
                .body(body(priority + "-X3", "IN_PROGRESS", "10", null, null).put("priorityRef", "NO-SUCH-PRIORITY").toString())
                .when().post("/api/v1/actions").then().statusCode(422).body("errors[0].field", equalTo("priorityRef"));

        String done = action("COMPLETE", "100", null, null);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(done, "NOT_STARTED", "0", null, null).toString())
                .when().put("/api/v1/actions/" + done).then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(body(done, "COMPLETE", "100", null, null).toString())
                .when().put("/api/v1/actions/" + done).then().statusCode(428);
        given().contentType(ContentType.JSON).body(body(done, "COMPLETE", "100", null, null).toString())
                .when().post("/api/v1/actions").then().statusCode(409);
    }

    @Test
    void aRevisedDueDateNeedsAReasonAndKeepsTheOriginal() {
        LocalDate due = TODAY.plusDays(30);
        String ref = action("IN_PROGRESS", "10", TODAY.minusDays(30), due);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(ref, "IN_PROGRESS", "10", TODAY.minusDays(30), due.plusDays(60)).toString())
                .when().put("/api/v1/actions/" + ref).then().statusCode(422).body("errors[0].field", equalTo("revisedDueReason"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(ref, "IN_PROGRESS", "10", TODAY.minusDays(30), due.plusDays(60))
                        .put("revisedDueReason", "Waiting for the new case management system").toString())
                .when().put("/api/v1/actions/" + ref).then().statusCode(200).header("ETag", "\"1\"")
                .body("dueDate", equalTo(due.plusDays(60).toString()))
                .body("originalDueDate", equalTo(due.toString()))
                .body("revisedDueReason", equalTo("Waiting for the new case management system"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(ref, "IN_PROGRESS", "20", TODAY.minusDays(30), due.plusDays(60)).toString())
                .when().put("/api/v1/actions/" + ref).then().statusCode(412);
    }

    @Test
    void progressUpdatesAreAppendOnlyAndAuthoredByTheCaller() {
        String ref = action("NOT_STARTED", "0", TODAY.minusDays(10), TODAY.plusDays(10));
        String officer = TestTokens.bearer("officer@havering.test", "PLAN_EDITOR");
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(PlanBodies.progressUpdate(TODAY, "Started", "GREEN", 40).put("status", "IN_PROGRESS").toString())
                .when().post("/api/v1/actions/" + ref + "/progress-updates")
                .then().statusCode(201).body("author", equalTo("officer@havering.test"));
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(PlanBodies.progressUpdate(TODAY, "Done", "GREEN", 100).toString())
                .when().post("/api/v1/actions/" + ref + "/progress-updates")
                .then().statusCode(422).body("errors[0].field", equalTo("percentComplete"));
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(PlanBodies.progressUpdate(TODAY.plusDays(1), "Later", "GREEN", 50).toString())
                .when().post("/api/v1/actions/" + ref + "/progress-updates")
                .then().statusCode(422).body("errors[0].field", equalTo("date"));
        given().when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("percentComplete", equalTo(40.0f))
                .body("latestProgress.narrative", equalTo("Started"))
                .body("latestProgress.author", equalTo("officer@havering.test"));
        given().when().delete("/api/v1/actions/" + ref + "/progress-updates").then().statusCode(405).contentType(PROBLEM);
        given().when().get("/api/v1/actions/" + ref + "/progress-updates").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    /**
     * Who wrote a progress update is a member of staff's name, personal data: a caller whose role may read history
     * (which names staff too) sees it; a VIEWER is given the same records without it, in every read that carries
     * one, whichever of the two read it first (the action's answer is cached per kind of caller).
     */
    @Test
    void staffNamesAreGivenOnlyToCallersWhoMayReadHistory() {
        String ref = action("NOT_STARTED", "0", TODAY.minusDays(10), TODAY.plusDays(10));
        String adviser = TestTokens.bearer("adviser@dfe.test", "ADVISOR");
        String viewer = TestTokens.bearer("member@havering.test", "VIEWER");
        given().header("Authorization", TestTokens.bearer("officer@havering.test", "PLAN_EDITOR"))
                .contentType(ContentType.JSON)
                .body(PlanBodies.progressUpdate(TODAY, "Started", "GREEN", 40).toString())
                .when().post("/api/v1/actions/" + ref + "/progress-updates").then().statusCode(201);
        for (int round = 0; round < 2; round++) {
            given().header("Authorization", adviser).when().get("/api/v1/actions/" + ref).then().statusCode(200)
                    .body("latestProgress.author", equalTo("officer@havering.test"));
            given().header("Authorization", viewer).when().get("/api/v1/actions/" + ref).then().statusCode(200)
                    .body("latestProgress.narrative", equalTo("Started"))
                    .body("latestProgress", not(org.hamcrest.Matchers.hasKey("author")));
        }
        given().header("Authorization", viewer).when().get("/api/v1/actions/" + ref + "/progress-updates").then()
                .statusCode(200).body("items[0].narrative", equalTo("Started"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("author")));
        given().header("Authorization", viewer).queryParam("priority", priority).when().get("/api/v1/actions").then()
                .statusCode(200).body("items[0].latestProgress", not(org.hamcrest.Matchers.hasKey("author")));
        given().header("Authorization", adviser).when().get("/api/v1/actions/" + ref + "/progress-updates").then()
                .statusCode(200).body("items[0].author", equalTo("officer@havering.test"));
        given().header("Authorization", adviser).queryParam("priority", priority).when().get("/api/v1/actions").then()
                .statusCode(200).body("items[0].latestProgress.author", equalTo("officer@havering.test"));
    }

    /** The answer to a progress update is the update as it is kept: its recording time and its percentage as read. */
    @Test
    void theAnswerToAProgressUpdateIsTheUpdateAsKept() {
        String ref = action("IN_PROGRESS", "10", TODAY.minusDays(10), TODAY.plusDays(10));
        java.util.Map<String, Object> answered = given().contentType(ContentType.JSON)
                .body(PlanBodies.progressUpdate(TODAY, "Kept", "AMBER", 40).toString())
                .when().post("/api/v1/actions/" + ref + "/progress-updates").then().statusCode(201)
                .body("recordedAt", not(nullValue())).extract().jsonPath().getMap("$");
        java.util.Map<String, Object> read = given().when().get("/api/v1/actions/" + ref + "/progress-updates")
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        org.junit.jupiter.api.Assertions.assertEquals(read, answered);
    }

    /**
     * A progress update records the action's change as it was and as it is now, a backdated update too (the latest
     * progress stays the one dated later): each history entry starts where the one before ended, and the last ends
     * where a read of the action is.
     */
    @Test
    void aProgressUpdateRecordsTheActionAsItWasAndAsItIsNow() {
        String ref = action("IN_PROGRESS", "10", TODAY.minusDays(10), TODAY.plusDays(10));
        for (LocalDate day : java.util.List.of(TODAY, TODAY.minusDays(3))) {
            given().contentType(ContentType.JSON)
                    .body(PlanBodies.progressUpdate(day, "On " + day, "AMBER", day.equals(TODAY) ? 40 : 50).toString())
                    .when().post("/api/v1/actions/" + ref + "/progress-updates").then().statusCode(201);
        }
        java.util.Map<String, Object> now = given().when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        io.restassured.path.json.JsonPath history = given().queryParam("size", 200).when()
                .get("/api/v1/actions/" + ref + "/history").then().statusCode(200).extract().jsonPath();
        java.util.List<java.util.Map<String, Object>> befores = history.getList("items.before");
        java.util.List<java.util.Map<String, Object>> afters = history.getList("items.after");
        org.junit.jupiter.api.Assertions.assertEquals(3, afters.size(), "created, then one change per update");
        org.junit.jupiter.api.Assertions.assertEquals(afters.get(0), befores.get(1));
        org.junit.jupiter.api.Assertions.assertEquals(afters.get(1), befores.get(2));
        org.junit.jupiter.api.Assertions.assertEquals(now, afters.get(2));
        org.junit.jupiter.api.Assertions.assertEquals("On " + TODAY,
                history.getString("items[2].after.latestProgress.narrative"));
        org.junit.jupiter.api.Assertions.assertEquals(50.0f, history.getFloat("items[2].after.percentComplete"));
    }

    @Test
    void actionsAreFoundByTheRecommendationTheirPriorityAnswers() {
        String ref = action("IN_PROGRESS", "10", null, null);
        given().queryParam("recommendation", priority + "-R1").when().get("/api/v1/actions")
                .then().statusCode(200).body("items.ref", hasItem(ref));
        given().queryParam("recommendation", priority + "-R1").when().get("/api/v1/priorities")
                .then().statusCode(200).body("items[0].ref", equalTo(priority))
                .body("items[0].recommendationRefs[0]", equalTo(priority + "-R1"));
        given().queryParam("rag", "PURPLE").when().get("/api/v1/actions")
                .then().statusCode(400).body("errors[0].field", equalTo("rag"));
        given().queryParam("overdue", "maybe").when().get("/api/v1/actions")
                .then().statusCode(400).body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void kpiValuesCarryTheirRagWithPolarity() {
        String code = "KPI_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        given().contentType(ContentType.JSON)
                .body(PlanBodies.kpi(code, "Caseload", "children", "LOWER_IS_BETTER", "MONTHLY", "LOCAL_MI").put("target", 18)
                        .toString())
                .when().post("/api/v1/kpis").then().statusCode(201);
        given().contentType(ContentType.JSON).body(PlanBodies.kpiValue("2025-01-01", "2025-01-31", "2025-01", "19.5").toString())
                .when().post("/api/v1/kpis/" + code + "/values").then().statusCode(201).body("rag", equalTo("AMBER"));
        given().contentType(ContentType.JSON).body(PlanBodies.kpiValue("2025-02-01", "2025-02-28", "2025-02", "17").toString())
                .when().post("/api/v1/kpis/" + code + "/values").then().statusCode(201).body("rag", equalTo("GREEN"));
        given().contentType(ContentType.JSON).body(PlanBodies.kpiValue("2025-02-01", "2025-02-28", "2025-02", "25").toString())
                .when().post("/api/v1/kpis/" + code + "/values").then().statusCode(409);
        given().queryParam("from", "2025-02-01").when().get("/api/v1/kpis/" + code + "/values").then().statusCode(200)
                .body("items.periodLabel", equalTo(java.util.List.of("2025-02")));
        given().when().get("/api/v1/kpis/" + code).then().body("latest.value", equalTo(17))
                .body("latest.rag", equalTo("GREEN"));
    }

    @Test
    void boardMeetingsAndMilestonesMakeTheTimeline() {
        String ref = action("IN_PROGRESS", "10", TODAY.minusDays(10), TODAY.plusDays(100));
        given().contentType(ContentType.JSON).body(PlanBodies.milestone("Caseload audit", "2091-05-02").toString())
                .when().post("/api/v1/actions/" + ref + "/milestones").then().statusCode(201);
        String board = priority + "-B";
        given().contentType(ContentType.JSON)
                .body(PlanBodies.board(board, "OFFICER_IMPROVEMENT_BOARD", "Test board").toString())
                .when().post("/api/v1/boards").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(PlanBodies.boardMeeting(board + "-M1", "2091-05-01", ref).put("decisions", "Agreed").toString())
                .when().post("/api/v1/boards/" + board + "/meetings").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(PlanBodies.boardMeeting(board + "-M2", "2091-05-01", "NO-SUCH-ACTION").toString())
                .when().post("/api/v1/boards/" + board + "/meetings").then().statusCode(422)
                .body("errors[0].field", equalTo("actionsReviewed"));
        given().queryParam("from", "2091-05-01").queryParam("to", "2091-05-02").when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("items.type", equalTo(java.util.List.of("BOARD_MEETING", "MILESTONE")))
                .body("items[1].ref", equalTo(ref));
    }

    @Test
    void viewersReadAndEditorsOfOtherServicesCannotWrite() {
        given().header("Authorization", TestTokens.bearer("v@x", "VIEWER")).when().get("/api/v1/plan-summary")
                .then().statusCode(200).body("byRag.RED", not(nullValue()));
        given().header("Authorization", TestTokens.bearer("f@x", "FINANCE_EDITOR")).contentType(ContentType.JSON)
                .body(body(priority + "-NO", "IN_PROGRESS", "1", null, null).toString())
                .when().post("/api/v1/actions").then().statusCode(403);
    }
}
