package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.csit.tracker.finance.LedgerRulesTest.unique;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Figures from disagreeing sources: all held, each with its source, exactly one per subject in use. */
@QuarkusTest
class ContextFigureRulesTest {

    /** A figure for 2024-25 from a press report; in use as asked, or left to the service when {@code inUse} is null. */
    static String body(String ref, String subject, String amount, Boolean inUse) {
        ObjectNode figure = FinanceBodies.contextFigure(ref, subject, amount).put("description", "Extra funding")
                .put("source", "Press report " + ref);
        figure.set("financialYear", FinanceBodies.financialYear("2024-25"));
        if (inUse == null) {
            figure.remove("inUse");
        } else {
            figure.put("inUse", inUse);
        }
        return figure.toString();
    }

    static String etag(String ref) {
        return given().when().get("/api/v1/context-figures/" + ref).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void everySubjectHasExactlyOneFigureInUse() {
        String subject = unique("subject");
        String eleven = unique("CTX");
        String seventeen = unique("CTX");
        // A subject's first figure is the one in use; a later one is held beside it as an alternative.
        given().contentType(ContentType.JSON).body(body(eleven, subject, "11000000", null))
                .when().post("/api/v1/context-figures").then().statusCode(201).body("inUse", equalTo(true))
                .body("amountGbp", equalTo(11000000.00f)).body("financialYear.startDate", equalTo("2024-04-01"));
        given().contentType(ContentType.JSON).body(body(seventeen, subject, "17000000.00", null))
                .when().post("/api/v1/context-figures").then().statusCode(201).body("inUse", equalTo(false))
                .body("source", equalTo("Press report " + seventeen));
        // The figure in use cannot simply stop being so: another must take over.
        given().contentType(ContentType.JSON).header("If-Match", etag(eleven)).body(body(eleven, subject, "11000000", false))
                .when().put("/api/v1/context-figures/" + eleven).then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", etag(seventeen)).body(body(seventeen, subject, "17000000", true))
                .when().put("/api/v1/context-figures/" + seventeen).then().statusCode(200).body("inUse", equalTo(true));
        // Replacing an alternative without saying keeps it an alternative.
        given().contentType(ContentType.JSON).header("If-Match", etag(eleven)).body(body(eleven, subject, "11000000.50", null))
                .when().put("/api/v1/context-figures/" + eleven).then().statusCode(200).body("inUse", equalTo(false));
        given().queryParam("subject", subject).when().get("/api/v1/context-figures").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.findAll { it.inUse }.ref", equalTo(java.util.List.of(seventeen)))
                .body("items.find { it.ref == '" + eleven + "' }.amountGbp", equalTo(11000000.50f));
        // A new subject cannot start with no figure in use.
        given().contentType(ContentType.JSON).body(body(unique("CTX"), unique("subject"), "1.00", false))
                .when().post("/api/v1/context-figures").then().statusCode(409);
        // Nor can the figure in use move to another subject and leave its own with none.
        given().contentType(ContentType.JSON).header("If-Match", etag(seventeen))
                .body(body(seventeen, unique("subject"), "17000000", true))
                .when().put("/api/v1/context-figures/" + seventeen).then().statusCode(409);
    }

    @Test
    void aFigureAsReadCanBeSentBackToChangeIt() {
        String ref = unique("CTX");
        given().contentType(ContentType.JSON).body(body(ref, unique("subject"), "5000000", null))
                .when().post("/api/v1/context-figures").then().statusCode(201);
        var read = given().when().get("/api/v1/context-figures/" + ref).then().statusCode(200).extract();
        String changed = read.asString().replace("\"description\":\"Extra funding\"", "\"description\":\"Extra funding, revised\"");
        given().contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(changed)
                .when().put("/api/v1/context-figures/" + ref).then().statusCode(200)
                .body("description", equalTo("Extra funding, revised")).body("financialYear.label", equalTo("2024-25"))
                .body("version", equalTo(1));
    }

    @Test
    void theYearAsRelease10WroteItIsStillTaken() throws Exception {
        // A client of release 1.0 sends the label alone; sent without the 1.1 contract's checks, as such a client would.
        String ref = unique("CTX");
        String legacy = FinanceBodies.contextFigure(ref, unique("subject"), "1.00").put("financialYear", "2025-26")
                .without("inUse").toString();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                        + "/api/v1/context-figures"))
                .header("Content-Type", "application/json")
                .header("Authorization", uk.csit.tracker.kit.testing.TestTokens.bearer("officer@csit.test", "FINANCE_EDITOR"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(legacy)).build();
        var answer = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(201, answer.statusCode(), answer.body());
        given().when().get("/api/v1/context-figures/" + ref).then().statusCode(200)
                .body("financialYear.startDate", equalTo("2025-04-01"));
    }
}
