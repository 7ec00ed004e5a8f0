package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.http.QueryValues;

/**
 * The plan summary as at the end of a past day, rebuilt from the actions' history; each test reads the summary of a
 * programme of its own ({@link OwnProgramme}).
 */
@QuarkusTest
class PlanAsOfTest {

    static final LocalDate TODAY = LocalDate.now(QueryValues.ENGLAND);

    @Inject
    DataSource dataSource;

    String programme;
    String priority;

    @BeforeEach
    void aPriorityInAProgrammeOfItsOwn() {
        priority = "P-" + UUID.randomUUID().toString().substring(0, 8);
        programme = OwnProgramme.withPriority(priority, "As of");
    }

    /** The test's programme's summary as at the day given (none: now). */
    JsonPath summary(String asOf) {
        return (asOf == null ? given() : given().queryParam("asOf", asOf)).queryParam("programme", programme)
                .when().get("/api/v1/plan-summary").then().statusCode(200).extract().jsonPath();
    }

    /** The priority's roll-up in its programme's summary as at the day given (none: now). */
    Map<String, Object> rollup(String asOf) {
        return summary(asOf).getMap("priorities.find { it.ref == '" + priority + "' }");
    }

    @Test
    void anActionMadeTodayIsNotInYesterdaysPosition() {
        given().contentType(ContentType.JSON)
                .body(PlanBodies.action(priority + "-1", priority, "Made today").put("status", "IN_PROGRESS")
                        .put("percentComplete", 10).toString())
                .when().post("/api/v1/actions").then().statusCode(201);
        given().queryParam("asOf", TODAY.toString()).when().get("/api/v1/plan-summary").then().statusCode(200)
                .body("asOf", equalTo(TODAY.toString()));
        given().when().get("/api/v1/plan-summary").then().statusCode(200).body("$", not(hasKey("asOf")));
        assertActions(1, rollup(TODAY.toString()));
        assertActions(1, rollup(null));
        assertActions(0, rollup(TODAY.minusDays(1).toString()));
    }

    @Test
    void anActionIsTakenAsItWasBeforeItsFirstChangeAfterTheDay() throws Exception {
        // An action whose history was recorded on earlier days: made NOT_STARTED on 1 Feb 2025, started on 1 Mar 2025.
        String ref = priority + "-H";
        try (Connection c = dataSource.getConnection()) {
            RecordedPast.action(c, ref, priority, "Recorded earlier", 50, LocalDate.of(2025, 2, 1),
                    LocalDate.of(2026, 2, 1), 0);
            String notStarted = """
                    {"ref":"%s","priorityRef":"%s","status":"NOT_STARTED","percentComplete":0,
                     "startDate":"2025-02-01","dueDate":"2026-02-01"}""".formatted(ref, priority);
            String started = notStarted.replace("NOT_STARTED", "IN_PROGRESS").replace("\"percentComplete\":0", "\"percentComplete\":50");
            RecordedPast.change(c, "actions", ref, "2025-02-01T10:00:00Z", "CREATE", null, notStarted);
            RecordedPast.change(c, "actions", ref, "2025-03-01T10:00:00Z", "UPDATE", notStarted, started);
        }
        assertActions(0, rollup("2025-01-31"));
        Map<String, Object> february = rollup("2025-02-15");
        assertActions(1, february);
        Map<String, Object> march = rollup("2025-03-02");
        assertActions(1, march);

        // On 15 Feb it was not started, two weeks into a year-long action: expected about 4%, done 0%: RED.
        assertEquals(1, summary("2025-02-15").getInt("priorities.find { it.ref == '" + priority + "' }.byRag.RED"));
        // On 2 Mar it was 50% done, a month in: GREEN.
        assertEquals(1, summary("2025-03-02").getInt("priorities.find { it.ref == '" + priority + "' }.byRag.GREEN"));
    }

    @Test
    void anAsOfThatIsNotAPastDayIsA400Problem() {
        for (String bad : new String[] {"2025-02-30", "2025-13-01", "yesterday", TODAY.plusDays(1).toString()}) {
            given().queryParam("asOf", bad).when().get("/api/v1/plan-summary").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        }
    }

    private static void assertActions(int expected, Map<String, Object> rollup) {
        assertEquals(expected, ((Number) rollup.get("totalActions")).intValue(),
                "actions of the priority: " + rollup);
    }
}
