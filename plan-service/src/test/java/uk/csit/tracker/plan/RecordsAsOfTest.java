package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.http.QueryValues;

/**
 * An action, its progress and a priority read as they stood at the end of a past day: what the board's pages show when
 * a person picks a date. History recorded on earlier days is written straight into the change log, as in PlanAsOfTest.
 */
@QuarkusTest
class RecordsAsOfTest {

    static final LocalDate TODAY = LocalDate.now(QueryValues.ENGLAND);
    static final String YESTERDAY = TODAY.minusDays(1).toString();

    @Inject
    DataSource dataSource;

    String priority;

    @BeforeEach
    void aPriorityOfItsOwn() {
        priority = "P-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(PlanBodies.priority(priority, "As of").toString())
                .when().post("/api/v1/priorities").then().statusCode(201);
    }

    @Test
    void anActionMadeTodayDidNotExistYesterday() {
        String ref = priority + "-1";
        given().contentType(ContentType.JSON)
                .body(PlanBodies.action(ref, priority, "Made today").put("status", "IN_PROGRESS").put("percentComplete", 10)
                        .toString())
                .when().post("/api/v1/actions").then().statusCode(201);
        given().queryParam("asOf", YESTERDAY).when().get("/api/v1/actions/" + ref).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("at the end of " + YESTERDAY));
        given().queryParam("asOf", YESTERDAY).when().get("/api/v1/actions/" + ref + "/progress-updates").then()
                .statusCode(404);
        given().queryParam("asOf", TODAY.toString()).when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .body("title", equalTo("Made today"));
        given().queryParam("priority", priority).queryParam("asOf", YESTERDAY).when().get("/api/v1/actions").then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("priority", priority).queryParam("asOf", TODAY.toString()).when().get("/api/v1/actions")
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("asOf", YESTERDAY).when().get("/api/v1/priorities/" + priority).then().statusCode(404);
        given().queryParam("asOf", YESTERDAY).when().get("/api/v1/priorities").then().statusCode(200)
                .body("items.ref", not(hasItem(priority)));
    }

    @Test
    void anActionIsReadAsItWasBeforeItsFirstChangeAfterTheDay() throws Exception {
        String ref = priority + "-H";
        try (Connection c = dataSource.getConnection()) {
            RecordedPast.action(c, ref, priority, "Audit supervision", 50, LocalDate.of(2025, 2, 1),
                    LocalDate.of(2026, 2, 1), 1);
            String notStarted = """
                    {"ref":"%s","priorityRef":"%s","title":"Audit supervision records","status":"NOT_STARTED",
                     "percentComplete":0,"startDate":"2025-02-01","dueDate":"2026-02-01","kpiCodes":["CSC-01"],
                     "owner":{"name":"Principal Social Worker","team":"Quality Assurance"},"version":0}"""
                    .formatted(ref, priority);
            String started = notStarted.replace("NOT_STARTED", "IN_PROGRESS").replace("\"percentComplete\":0",
                    "\"percentComplete\":50").replace("\"version\":0", "\"version\":1");
            RecordedPast.change(c, "actions", ref, "2025-02-01T10:00:00Z", "CREATE", null, notStarted);
            RecordedPast.change(c, "actions", ref, "2025-03-01T10:00:00Z", "UPDATE", notStarted, started);
        }
        given().queryParam("asOf", "2025-01-31").when().get("/api/v1/actions/" + ref).then().statusCode(404);
        // On 15 Feb 2025 it was not started, two weeks into a year-long action: RED, as the summary said then.
        given().queryParam("asOf", "2025-02-15").when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("title", equalTo("Audit supervision records"))
                .body("status", equalTo("NOT_STARTED"))
                .body("percentComplete", equalTo(0.0f)).body("rag", equalTo("RED")).body("kpiCodes", hasItem("CSC-01"))
                .body("owner.team", equalTo("Quality Assurance")).body("version", equalTo(0));
        given().queryParam("asOf", "2025-03-02").when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("rag", equalTo("GREEN")).body("version", equalTo(1));
        given().queryParam("priority", priority).queryParam("asOf", "2025-02-15").when().get("/api/v1/actions").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].status", equalTo("NOT_STARTED"));
        given().queryParam("priority", priority).queryParam("status", "NOT_STARTED").queryParam("asOf", "2025-03-02")
                .when().get("/api/v1/actions").then().statusCode(200).body("totalItems", equalTo(0));
        given().when().get("/api/v1/actions/" + ref).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Audit supervision"));
    }

    @Test
    void progressCountsWhenItWasDatedAndRecordedByTheDay() throws Exception {
        String ref = priority + "-U";
        try (Connection c = dataSource.getConnection()) {
            RecordedPast.action(c, ref, priority, "Recorded before us", 20, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2027, 1, 1), 0);
            // Loaded as a seed loads the council's past: no change recorded for it, so it counts as made.
            try (PreparedStatement s = c.prepareStatement("""
                    insert into progress_update (action_id, update_date, author, narrative, rag, percent_complete)
                    select id, date '2025-02-10', 'Head of Service', 'Audit tool agreed', 'AMBER', 20
                      from action where ref = ?""")) {
                s.setString(1, ref);
                s.executeUpdate();
            }
        }
        // Recorded today, though dated yesterday: not known at the end of yesterday.
        given().contentType(ContentType.JSON)
                .body(PlanBodies.progressUpdate(LocalDate.parse(YESTERDAY), "First audit done", "GREEN", 40).toString())
                .when().post("/api/v1/actions/" + ref + "/progress-updates").then().statusCode(201);

        given().queryParam("asOf", YESTERDAY).when().get("/api/v1/actions/" + ref + "/progress-updates").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].narrative", equalTo("Audit tool agreed"));
        given().queryParam("asOf", YESTERDAY).when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .body("percentComplete", equalTo(20.0f)).body("latestProgress.narrative", equalTo("Audit tool agreed"));
        given().queryParam("asOf", "2025-02-09").when().get("/api/v1/actions/" + ref + "/progress-updates").then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("asOf", TODAY.toString()).when().get("/api/v1/actions/" + ref + "/progress-updates").then()
                .statusCode(200).body("totalItems", equalTo(2)).body("items[0].narrative", equalTo("First audit done"));
        given().when().get("/api/v1/actions/" + ref).then().statusCode(200)
                .body("latestProgress.narrative", equalTo("First audit done"));
    }

    @Test
    void aPriorityIsReadAsItWasThen() throws Exception {
        String ref = priority + "-Q";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into priority (ref, title) values (?, 'Now')")) {
                s.setString(1, ref);
                s.executeUpdate();
            }
            String then = """
                    {"ref":"%s","title":"Then","lead":"Director","recommendationRefs":["ILACS-2023-R9"],"version":0}"""
                    .formatted(ref);
            RecordedPast.change(c, "priorities", ref, "2025-02-01T10:00:00Z", "CREATE", null, then);
            RecordedPast.change(c, "priorities", ref, "2025-03-01T10:00:00Z", "UPDATE", then,
                    """
                    {"ref":"%s","title":"Now","recommendationRefs":[],"version":1}""".formatted(ref));
        }
        given().queryParam("asOf", "2025-02-15").when().get("/api/v1/priorities/" + ref).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("title", equalTo("Then")).body("lead", equalTo("Director"))
                .body("version", equalTo(0));
        given().queryParam("asOf", "2025-01-15").when().get("/api/v1/priorities/" + ref).then().statusCode(404);
        given().queryParam("recommendation", "ILACS-2023-R9").queryParam("asOf", "2025-02-15").when()
                .get("/api/v1/priorities").then().statusCode(200).body("items.ref", hasItem(ref));
        given().queryParam("recommendation", "ILACS-2023-R9").when().get("/api/v1/priorities").then().statusCode(200)
                .body("items.ref", not(hasItem(ref)));
        given().when().get("/api/v1/priorities/" + ref).then().statusCode(200).body("title", equalTo("Now"));
    }

    @Test
    void anAsOfThatIsNotAPastDayIsA400Problem() {
        for (String path : new String[] {"/api/v1/actions", "/api/v1/priorities", "/api/v1/priorities/" + priority}) {
            given().queryParam("asOf", TODAY.plusDays(1).toString()).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        }
    }
}
