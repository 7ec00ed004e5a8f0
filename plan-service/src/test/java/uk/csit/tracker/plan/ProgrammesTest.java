package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** More than one programme: the improvement plan and a reform beside it, each with its plans, priorities and actions. */
@QuarkusTest
class ProgrammesTest {

    String reform;

    @BeforeEach
    void aReformOfItsOwn() {
        reform = "FFP-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("""
                {"ref":"%s","title":"Families First Partnership","kind":"REFORM","startDate":"2025-04-01",
                 "source":"Department for Education, Families First Partnership (FFP) programme guide, March 2025"}"""
                .formatted(reform)).when().post("/api/v1/programmes").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/programmes/" + reform))
                .body("kind", equalTo("REFORM")).body("version", equalTo(0));
    }

    /** Posts a priority with the given fields beside its ref and title, e.g. {@code "programmeRef", "FFP"}. */
    void priority(String ref, int status, String... namesAndValues) {
        ObjectNode priority = PlanBodies.priority(ref, "Priority " + ref);
        priority.setAll(PlanBodies.fields(namesAndValues));
        given().contentType(ContentType.JSON).body(priority.toString()).when().post("/api/v1/priorities").then()
                .statusCode(status);
    }

    private static String familiesFirst(String ref) {
        return PlanBodies.programme(ref, "Families First", "REFORM").toString();
    }

    void action(String ref, String priorityRef, String status) {
        given().contentType(ContentType.JSON).body("""
                {"ref":"%s","priorityRef":"%s","title":"Action %s","status":"%s","percentComplete":0,
                 "dueDate":"2020-01-31"}""".formatted(ref, priorityRef, ref, status))
                .when().post("/api/v1/actions").then().statusCode(201);
    }

    @Test
    void everyDatabaseStartsWithTheImprovementProgrammeAndItsCreateIsInTheFeed() {
        given().when().get("/api/v1/programmes/IMPROVEMENT").then().statusCode(200)
                .body("kind", equalTo("INSPECTION_IMPROVEMENT"));
        given().when().get("/api/v1/programmes/IMPROVEMENT/history").then().statusCode(200)
                .body("items[0].operation", equalTo("CREATE"))
                .body("items[0].after.ref", equalTo("IMPROVEMENT"));
        given().queryParam("size", 200).when().get("/api/v1/programmes").then().statusCode(200)
                .body("items.ref", hasItem("IMPROVEMENT")).body("items.ref", hasItem(reform));
    }

    @Test
    void aPriorityIsInTheProgrammeItNamesItsPlansOrTheImprovementOne() {
        String p = reform + "-P";
        priority(p + "1", 201, "programmeRef", reform);
        given().when().get("/api/v1/priorities/" + p + "1").then().statusCode(200)
                .body("programmeRef", equalTo(reform));
        priority(p + "2", 201);
        given().when().get("/api/v1/priorities/" + p + "2").then().statusCode(200)
                .body("programmeRef", equalTo("IMPROVEMENT"));

        // A plan of the reform: its priorities are the reform's; naming another programme beside it is refused.
        given().contentType(ContentType.JSON).body(PlanBodies.plan(reform + "-PLAN", "Delivery plan")
                .put("programmeRef", reform).put("status", "DRAFT").toString()).when().post("/api/v1/plans").then()
                .statusCode(201).body("programmeRef", equalTo(reform));
        priority(p + "3", 201, "planRef", reform + "-PLAN");
        given().when().get("/api/v1/priorities/" + p + "3").then().body("programmeRef", equalTo(reform));
        priority(p + "4", 422, "planRef", reform + "-PLAN", "programmeRef", "IMPROVEMENT");
        priority(p + "5", 422, "programmeRef", "NO-SUCH-PROGRAMME");
        given().when().get("/api/v1/priorities/" + p + "4").then().statusCode(404);

        // A PUT that leaves the programme out keeps it (a client that does not know programmes yet moves nothing).
        String etag = given().when().get("/api/v1/priorities/" + p + "1").then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(PlanBodies.priority(p + "1", "Renamed").toString()).when().put("/api/v1/priorities/" + p + "1")
                .then().statusCode(200).body("programmeRef", equalTo(reform)).body("title", equalTo("Renamed"));

        // A plan with priorities does not leave its programme under them.
        String planTag = given().when().get("/api/v1/plans/" + reform + "-PLAN").then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", planTag).body(PlanBodies.plan(reform + "-PLAN",
                "Delivery plan").put("programmeRef", "IMPROVEMENT").put("status", "DRAFT").toString())
                .when().put("/api/v1/plans/" + reform + "-PLAN").then().statusCode(409);

        given().queryParam("programme", reform).when().get("/api/v1/priorities").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.programmeRef", everyItem(equalTo(reform)));
        given().queryParam("programme", reform).when().get("/api/v1/plans").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void theSummaryRollsUpEachProgrammeAndCanBeAskedForOne() {
        String p = reform + "-S";
        priority(p + "1", 201, "programmeRef", reform);
        action(p + "1-A", p + "1", "IN_PROGRESS");
        action(p + "1-B", p + "1", "COMPLETE");
        given().contentType(ContentType.JSON).body(PlanBodies.plan(reform + "-PLAN", "Delivery plan")
                .put("programmeRef", reform).put("status", "APPROVED").put("approvedBy", "Cabinet")
                .put("approvedDate", "2025-06-01").toString()).when().post("/api/v1/plans").then().statusCode(201);

        JsonPath whole = given().when().get("/api/v1/plan-summary").then().statusCode(200).extract().jsonPath();
        Map<String, Object> mine = whole.getMap("programmes.find { it.ref == '" + reform + "' }");
        assertNotNull(mine, "each programme has its roll-up");
        assertEquals(2, mine.get("totalActions"));
        assertEquals(1, mine.get("overdue"), "the one not complete is past its due day");
        // The whole plan's summary lists only the 50 priorities most in need (the module's other tests add theirs
        // to this database), so the priority's own roll-up is read from its programme's summary.
        JsonPath reforms = given().queryParam("programme", reform).when().get("/api/v1/plan-summary").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(reforms.getString("priorities.find { it.ref == '" + p + "1' }.rag"), mine.get("rag"),
                "a programme of one priority rolls up as that priority");
        assertNotNull(mine.get("rag"));
        assertEquals(1, mine.get("prioritiesTotal"));
        assertEquals(reform + "-PLAN", whole.getString("programmes.find { it.ref == '" + reform + "' }.plan.ref"));
        assertEquals(reform, reforms.getString("priorities.find { it.ref == '" + p + "1' }.programmeRef"));
        // The summary's plan is the one answering the inspection, not a reform's newer one.
        assertEquals(false, (reform + "-PLAN").equals(whole.getString("plan.ref")));

        given().queryParam("programme", reform).when().get("/api/v1/plan-summary").then().statusCode(200)
                .body("totalActions", equalTo(2)).body("prioritiesTotal", equalTo(1))
                .body("priorities.ref", equalTo(java.util.List.of(p + "1")))
                .body("plan.ref", equalTo(reform + "-PLAN"))
                .body("programmes.ref", equalTo(java.util.List.of(reform)))
                .body("recommendations", equalTo(java.util.List.of()));
        given().queryParam("programme", "IMPROVEMENT").when().get("/api/v1/plan-summary").then().statusCode(200)
                .body("priorities.ref", not(hasItem(p + "1")));
        given().queryParam("programme", "NO-SUCH-PROGRAMME").when().get("/api/v1/plan-summary").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aProgrammeIsChangedWithItsVersionAndItsRefNever() {
        String etag = given().when().get("/api/v1/programmes/" + reform).then().statusCode(200).extract()
                .header("ETag");
        given().contentType(ContentType.JSON).body(familiesFirst(reform)).when()
                .put("/api/v1/programmes/" + reform).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(familiesFirst(reform + "X")).when()
                .put("/api/v1/programmes/" + reform).then().statusCode(422);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(familiesFirst(reform)).when()
                .put("/api/v1/programmes/" + reform).then().statusCode(200).body("title", equalTo("Families First"))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(familiesFirst(reform)).when()
                .put("/api/v1/programmes/" + reform).then().statusCode(412);
        given().contentType(ContentType.JSON).body(PlanBodies.programme(reform, "Again", "REFORM").toString())
                .when().post("/api/v1/programmes").then().statusCode(409);
        given().contentType(ContentType.JSON).body(PlanBodies.programme(reform + "Y", "Kind", "SOMETHING").toString())
                .when().post("/api/v1/programmes").then().statusCode(400);
        given().when().get("/api/v1/programmes/" + reform + "/history").then().statusCode(200)
                .body("items.operation", equalTo(java.util.List.of("CREATE", "UPDATE")));
    }
}
