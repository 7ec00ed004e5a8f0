package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/**
 * A priority in a programme of a test's own: the whole plan's summary lists only the 50 priorities most in need, and
 * the module's tests share one database, so a test that reads its priority's roll-up reads its own programme's.
 */
final class OwnProgramme {

    private OwnProgramme() {
    }

    /** Makes the programme {@code <priority>-PROG} and the priority in it; the programme's ref. */
    static String withPriority(String priority, String title) {
        String programme = priority + "-PROG";
        given().contentType(ContentType.JSON)
                .body(PlanBodies.programme(programme, title, "REFORM").toString())
                .when().post("/api/v1/programmes").then().statusCode(201);
        given().contentType(ContentType.JSON).body(PlanBodies.priority(priority, title).put("programmeRef", programme)
                .toString()).when().post("/api/v1/priorities").then().statusCode(201);
        return programme;
    }
}
