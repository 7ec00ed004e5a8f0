package uk.csit.tracker.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALID = """
            {"ref":"P-1","startDate":"2025-01-01","dueDate":"2025-02-01","colour":"RED","amountGbp":10.50,"count":1}""";

    @Test
    void aValidBodyIsAccepted() {
        given().contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/probes")
                .then().statusCode(201).body("ref", equalTo("P-1")).body("amountGbp", equalTo(10.50f));
    }

    /** A caller's Host header does not become the host of the links it is given (Link, Location are relative). */
    @Test
    void linksDoNotCarryTheHostTheCallerSent() {
        given().header("Host", "evil.example").contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/probes").then().statusCode(201).header("Location", equalTo("/api/v1/probes/P-1"));
        given().header("Host", "evil.example").queryParam("size", 3).queryParam("page", 1).when().get("/api/v1/probes")
                .then().statusCode(200)
                .header("Link", allOf(containsString("</api/v1/probes?"), not(containsString("evil.example"))));
    }

    /** A field named twice is refused, not read as its last value. */
    @Test
    void aFieldNamedTwiceIsA400Problem() {
        given().contentType(ContentType.JSON).body(VALID.replace("{\"ref\":\"P-1\",", "{\"ref\":\"P-1\",\"ref\":\"P-2\","))
                .when().post("/api/v1/probes").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The body names the field 'ref' twice."));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{bad json")
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("type", equalTo("https://csit.uk/problems/malformed-request"))
                .body("detail", startsWith("The body is not well-formed JSON"))
                .body("instance", equalTo("/api/v1/probes"));
    }

    @Test
    void truncatedAndEmptyBodiesAre400() {
        given().contentType(ContentType.JSON).body("{\"ref\":\"P-1\",")
                .when().post("/api/v1/probes").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("")
                .when().post("/api/v1/probes").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("[1,2]")
                .when().post("/api/v1/probes").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void beanValidationNamesEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"ref\":\"\",\"startDate\":\"2025-03-01\",\"dueDate\":\"2025-02-01\",\"count\":1,"
                        + "\"milestones\":[{\"title\":\"ok\",\"dueDate\":\"2025-01-01\"},{\"title\":\"\",\"dueDate\":\"2025-01-01\"}]}")
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://csit.uk/problems/validation"))
                .body("errors", hasSize(3))
                .body("errors.field", hasItem("ref"))
                .body("errors.field", hasItem("dueDate"))
                .body("errors.field", hasItem("milestones[1].title"))
                .body("errors.find { it.field == 'dueDate' }.message", equalTo("must not be before startDate"));
    }

    @Test
    void wrongTypesImpossibleDatesUnknownFieldsAndEnumsAre400WithTheField() {
        given().contentType(ContentType.JSON).body(VALID.replace("\"2025-02-01\"", "\"2025-02-30\""))
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("dueDate"));
        given().contentType(ContentType.JSON).body(VALID.replace("\"RED\"", "\"PURPLE\""))
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of RED, AMBER, GREEN"));
        given().contentType(ContentType.JSON).body(VALID.replace("10.50", "\"10.50\""))
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("amountGbp"));
        given().contentType(ContentType.JSON).body(VALID.replace("\"count\":1", "\"count\":\"1\""))
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("count"));
        given().contentType(ContentType.JSON).body(VALID.replace("\"ref\":\"P-1\"", "\"ref\":12"))
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("ref"));
        given().contentType(ContentType.JSON).body(VALID.replace("{", "{\"sneaky\":true,"))
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("sneaky"));
    }

    @Test
    void problemsNeverLeakInternals() {
        given().contentType(ContentType.JSON).body(VALID.replace("\"RED\"", "[]"))
                .when().post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body(allOf(not(containsString("java.")), not(containsString("uk.csit")),
                        not(containsString("Exception"))));
        given().when().get("/api/v1/probes/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .body("detail", containsString("error id"))
                .body(allOf(not(containsString("secret")), not(containsString("IllegalState"))));
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "{\"ref\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        given().contentType(ContentType.JSON).body(deep)
                .when().post("/api/v1/probes").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        String huge = VALID.replace("\"P-1\"", "\"" + "x".repeat(20_000) + "\"");
        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/probes").then().statusCode(413);
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        given().contentType(ContentType.XML).body("<probe/>")
                .when().post("/api/v1/probes")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        given().when().delete("/api/v1/probes")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void unknownPathsAre404Problems() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM).body("instance", equalTo("/api/v1/nothing-here"));
        given().when().get("/q/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void serviceConflictsAre409Problems() {
        given().when().get("/api/v1/probes/conflict")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("A probe with ref 'P-1' already exists."));
    }

    @Test
    void ifMatchIsRequiredAndChecked() {
        given().when().put("/api/v1/probes/versioned")
                .then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "\"2\"").when().put("/api/v1/probes/versioned")
                .then().statusCode(412).contentType(PROBLEM);
        given().header("If-Match", "W/\"3\"").when().put("/api/v1/probes/versioned")
                .then().statusCode(412);
        // The lost-update guard cannot be sidestepped: * names no version, and a tag must be quoted as it was sent.
        given().header("If-Match", "*").when().put("/api/v1/probes/versioned")
                .then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "\"2\", *").when().put("/api/v1/probes/versioned")
                .then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "3").when().put("/api/v1/probes/versioned")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("If-Match"));
        given().header("If-Match", "\"2\", \"3\"").when().put("/api/v1/probes/versioned")
                .then().statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void pagingIsValidatedAndLinked() {
        given().queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/v1/probes")
                .then().statusCode(200)
                .body("items", hasSize(3)).body("page", equalTo(1)).body("size", equalTo(3))
                .body("totalItems", equalTo(7))
                .header("Link", allOf(containsString("rel=\"next\""), containsString("rel=\"prev\""),
                        containsString("page=2")));
        for (String size : new String[] {"0", "-1", "201", "1000000000", "abc"}) {
            given().queryParam("size", size).when().get("/api/v1/probes")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
        }
        given().queryParam("page", "-1").when().get("/api/v1/probes")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("sort", "drop table").when().get("/api/v1/probes")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
