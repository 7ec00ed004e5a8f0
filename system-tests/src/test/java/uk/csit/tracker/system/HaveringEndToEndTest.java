package uk.csit.tracker.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway in front of the three packaged services with the Havering seed, on the run's seeded system
 * before any test changes it: /status, the board pack, the timeline and the checks across the services must tell the story
 * the seed tells.
 */
class HaveringEndToEndTest extends OnTheSeedAsItWas {

    private RequestSpecification given() {
        return atGateway();
    }

    @Test
    void theStatusTellsHaveringsStory() {
        given().header("Authorization", adviser()).when().get("/api/v1/status").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("localAuthority.name", equalTo("London Borough of Havering"))
                .body("currentJudgements.findAll { it.grade == 'INADEQUATE' }", hasSize(4))
                .body("currentJudgements.findAll { it.grade == 'INADEQUATE' }.inspectionRef", everyItem(equalTo("ILACS-2023")))
                .body("openIntervention.type", equalTo("IMPROVEMENT_NOTICE"))
                .body("openIntervention.status", equalTo("OPEN"))
                .body("recommendations", hasSize(6))
                .body("recommendationsTotal", equalTo(6))
                .body("recommendationsByStatus.OPEN", equalTo(6))
                .body("monitoringVisits.count", equalTo(3))
                .body("monitoringVisits.last.progressVerdict", equalTo("good progress"))
                .body("plan.totalActions", equalTo(15))
                .body("plan.priorities", hasSize(9))
                .body("plan.prioritiesTotal", equalTo(9))
                .body("plan.plan.ref", equalTo("CSIP-2024"))
                .body("plan.programmes.ref", equalTo(List.of("FAMILIES-FIRST", "IMPROVEMENT")))
                .body("plan.programmes.find { it.ref == 'FAMILIES-FIRST' }.kind", equalTo("REFORM"))
                .body("plan.programmes.find { it.ref == 'FAMILIES-FIRST' }.prioritiesTotal", equalTo(3))
                .body("plan.programmes.find { it.ref == 'IMPROVEMENT' }.totalActions", equalTo(15))
                .body("finance.years.financialYear.label", hasItem("2024-25"))
                .body("finance.years.find { it.financialYear.label == '2024-25' }.allocatedGbp", equalTo(16000000.00f));
    }

    /**
     * The board pack of today, on the real services with the seed, read by PDFBox: its judgements, intervention and
     * money are those /status gives for the same day, figure for figure.
     */
    @Test
    void theBoardPackShowsHaveringAsTheStatusDoes() throws java.io.IOException {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        io.restassured.path.json.JsonPath status = given().header("Authorization", adviser()).queryParam("asOf", today)
                .when().get("/api/v1/status").then().statusCode(200).body("degraded", equalTo(false))
                .extract().jsonPath().using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        byte[] pdf = given().header("Authorization", adviser()).queryParam("asOf", today)
                .when().get("/api/v1/board-pack").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        String text = BoardPackText.of(pdf);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("London Borough of Havering"), text);
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("This pack is incomplete"), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Improvement notice (DFE-IN-2024)")
                || text.contains("Improvement notice ("), "the open intervention: " + text);
        long inadequate = java.util.regex.Pattern.compile("Inadequate").matcher(text).results().count();
        org.junit.jupiter.api.Assertions.assertTrue(inadequate >= 4, "four Inadequate judgements: " + text);
        List<Map<String, Object>> years = status.getList("finance.years");
        org.junit.jupiter.api.Assertions.assertFalse(years.isEmpty());
        for (Map<String, Object> year : years) {
            String allocated = BoardPackText.pounds(new java.math.BigDecimal(
                    status.getString("finance.years.find { it.financialYear.label == '"
                            + ((Map<?, ?>) year.get("financialYear")).get("label") + "' }.allocatedGbp")));
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(allocated), "allocated " + allocated + ": " + text);
        }
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(status.getString("plan.totalActions") + " actions"),
                "the plan's actions: " + text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Families First Partnership (Reform)"),
                "the reform beside the plan: " + text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("No actions yet"),
                "a priority without actions has no RAG, and says so: " + text);
    }

    @Test
    void theAdviserReadsThroughTheGatewayButWritesNothing() {
        given().header("Authorization", adviser()).when().get("/api/v1/allocations?financialYear=2024-25")
                .then().statusCode(200).body("totalItems", equalTo(2));
        given().header("Authorization", adviser()).contentType("application/json")
                .body(Bodies.inspection("X", "JTAI", "2025-01-01"))
                .when().post("/api/v1/inspections").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", adviser()).when().get("/api/v1/recommendations/ILACS-2023-R1")
                .then().statusCode(200).body("recommendation.status", equalTo("OPEN"))
                .body("degraded", equalTo(false));
    }

    @Test
    void theTimelineAndTheCrossServiceChecksReadEveryService() {
        given().header("Authorization", adviser()).queryParam("size", 200).when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("items.findAll { it.type == 'MONITORING_VISIT' }", hasSize(3))
                .body("items.findAll { it.type == 'INSPECTION' }.ref", hasItem("ILACS-2023"))
                .body("items.source", hasItem("plan"));
        given().header("Authorization", adviser()).when().get("/api/v1/integrity").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("checks.state", everyItem(equalTo("RUN")));
    }
}
