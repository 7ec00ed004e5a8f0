package uk.csit.tracker.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.launcher.ServiceModule;

/**
 * Havering's plan as the packaged plan-service applies it at start-up ({@code tracker.seed.enabled}), read back
 * through the service's own API. It reads the run's seeded system that no test
 * changes, as {@link HaveringEndToEndTest} does.
 */
class HaveringPlanSeedTest extends OnTheSeedAsItWas {

    private RequestSpecification given() {
        return atService(ServiceModule.PLAN);
    }

    @Test
    void thePlanApprovedByCabinetAnswersTheImprovementNotice() {
        given().when().get("/api/v1/plans/CSIP-2024").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("Cabinet"))
                .body("approvedDatePrecision", equalTo("YEAR")).body("interventionRef", equalTo("DFE-IN-2024"));
    }

    @Test
    void theRestructureIsCompleteAndEveryActionNamesItsSource() {
        given().when().get("/api/v1/actions/A-2.1").then().statusCode(200)
                .body("status", equalTo("COMPLETE")).body("rag", equalTo("COMPLETE"));
        given().queryParam("size", 200).when().get("/api/v1/actions").then().statusCode(200)
                .body("totalItems", equalTo(15))
                .body("items.source", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("items.ref", hasItems("A-1.1", "A-4.1", "A-5.2", "A-6.1", "A-6.3"));
    }

    @Test
    void theSummaryCountsWhatTheSourcesSay() {
        given().when().get("/api/v1/plan-summary").then().statusCode(200)
                .body("plan.ref", equalTo("CSIP-2024"))
                .body("totalActions", equalTo(15))
                .body("byStatus.COMPLETE", equalTo(2))
                .body("byStatus.IN_PROGRESS", equalTo(9))
                .body("byStatus.NOT_STARTED", equalTo(4))
                .body("byRag.COMPLETE", equalTo(2))
                .body("byRag.NOT_ASSESSED", equalTo(13))
                .body("overdue", equalTo(0))
                .body("priorities", hasSize(9))
                .body("prioritiesTotal", equalTo(9))
                .body("priorities.find { it.ref == 'P2' }.totalActions", equalTo(2))
                .body("programmes.ref", equalTo(java.util.List.of("FAMILIES-FIRST", "IMPROVEMENT")))
                .body("programmes.find { it.ref == 'IMPROVEMENT' }.plan.ref", equalTo("CSIP-2024"))
                .body("programmes.find { it.ref == 'IMPROVEMENT' }.prioritiesTotal", equalTo(6))
                .body("programmes.find { it.ref == 'IMPROVEMENT' }.totalActions", equalTo(15))
                .body("programmes.find { it.ref == 'FAMILIES-FIRST' }.prioritiesTotal", equalTo(3))
                .body("programmes.find { it.ref == 'FAMILIES-FIRST' }.totalActions", equalTo(0))
                .body("recommendations", hasSize(0))
                .body("kpiHeadlines", hasSize(11));
    }

    /** Figures read from the DfE's files by hand: Havering's row (311, E09000016) and England's, for 2025. */
    @Test
    void haveringsKpisComeFromTheDfesPublishedFilesBesideEnglandAndItsNeighbours() {
        String caseload = "kpiHeadlines.find { it.code == 'SW_CASELOAD' }.";
        given().when().get("/api/v1/plan-summary").then().statusCode(200)
                .body(caseload + "latestValue", equalTo(15)).body(caseload + "latestPeriod", equalTo("2025"))
                .body(caseload + "basis", equalTo("PUBLISHED"))
                .body(caseload + "source", equalTo("Department for Education, Children's social work workforce, 2025"
                        + " (released 19 March 2026)"))
                .body(caseload + "published.comparators.england", equalTo(15.2f))
                .body(caseload + "published.comparators.neighboursMedian", equalTo(15.45f))
                .body(caseload + "published.comparators.rankAmongNeighbours", equalTo(4))
                .body("kpiHeadlines.find { it.code == 'AGENCY_RATE' }.latestValue", equalTo(41.7f))
                .body("kpiHeadlines.find { it.code == 'AGENCY_RATE' }.published.comparators.england", equalTo(13))
                .body("kpiHeadlines.find { it.code == 'VACANCY_RATE' }.latestValue", equalTo(41.7f))
                .body("kpiHeadlines.find { it.code == 'TURNOVER_RATE' }.latestValue", equalTo(23))
                .body("kpiHeadlines.find { it.code == 'REREFERRALS_12_MONTHS' }.latestValue", equalTo(16.3f))
                .body("kpiHeadlines.find { it.code == 'REREFERRALS_12_MONTHS' }.published.comparators.england",
                        equalTo(22.6f))
                .body("kpiHeadlines.find { it.code == 'REPEAT_CP_PLANS' }.latestValue", equalTo(23.1f))
                .body("kpiHeadlines.find { it.code == 'CLA_RATE' }.latestValue", equalTo(42))
                .body("kpiHeadlines.find { it.code == 'CLA_RATE' }.published.comparators.england", equalTo(67))
                .body("kpiHeadlines.find { it.code == 'CARE_LEAVERS_SUITABLE_ACCOMMODATION' }.latestValue", equalTo(84))
                .body("kpiHeadlines.find { it.code == 'CP_VISITS_IN_TIMESCALE' }.latestValue", nullValue())
                .body("kpiHeadlines.findAll { it.latestValue != null }.target", everyItem(nullValue()));
        given().queryParam("from", "2022-10-01").when().get("/api/v1/kpis/SW_CASELOAD/values").then().statusCode(200)
                .body("items.periodLabel", org.hamcrest.Matchers.contains("2023", "2024", "2025"))
                .body("items.value", org.hamcrest.Matchers.contains(20.4f, 18.9f, 15));
        // As at a day, only what had been released by then: children in need on 30 October 2025, children looked
        // after on 26 November 2025, the workforce file on 19 March 2026 (every year of it, as imported from it).
        given().queryParam("asOf", "2025-11-01").when().get("/api/v1/plan-summary").then().statusCode(200)
                .body("kpiHeadlines.find { it.code == 'REREFERRALS_12_MONTHS' }.latestPeriod", equalTo("2025"))
                .body("kpiHeadlines.find { it.code == 'CLA_RATE' }.latestValue", nullValue())
                .body(caseload + "latestValue", nullValue()).body(caseload + "published", nullValue());
        given().when().get("/api/v1/statistical-neighbours/E09000016").then().statusCode(200)
                .body("laCode", equalTo("311")).body("neighbours", hasSize(10));
    }

    @Test
    void theFamiliesFirstPartnershipRunsBesideThePlanWithTheReformsThreeParts() {
        given().when().get("/api/v1/programmes/FAMILIES-FIRST").then().statusCode(200)
                .body("kind", equalTo("REFORM"))
                .body("source", org.hamcrest.Matchers.startsWith("Department for Education, Families First"
                        + " Partnership (FFP) programme guide, March 2025"));
        given().queryParam("programme", "FAMILIES-FIRST").when().get("/api/v1/priorities").then().statusCode(200)
                .body("items.ref", equalTo(java.util.List.of("FFP-1", "FFP-2", "FFP-3")))
                .body("items.source", everyItem(org.hamcrest.Matchers.startsWith("Department for Education")));
        given().queryParam("programme", "IMPROVEMENT").when().get("/api/v1/plan-summary").then().statusCode(200)
                .body("plan.ref", equalTo("CSIP-2024")).body("prioritiesTotal", equalTo(6))
                .body("totalActions", equalTo(15));
    }

    @Test
    void theFourBoardsAreThere() {
        given().when().get("/api/v1/boards").then().statusCode(200)
                .body("items.type", hasItems("OFFICER_IMPROVEMENT_BOARD", "CROSS_PARTY_OVERSIGHT_BOARD", "SCRUTINY",
                        "CABINET"));
    }

    @Test
    void everySeededRecordHasItsCreateInTheChangeFeedAndTheSeedStillHoldsThePast() {
        java.util.Map<String, Integer> creates = new java.util.TreeMap<>();
        String after = "";
        boolean more = true;
        while (more) {
            var slice = given().queryParam("after", after).queryParam("limit", 200).when().get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            for (java.util.Map<String, Object> change : slice.<java.util.Map<String, Object>>getList("items")) {
                if ("CREATE".equals(change.get("operation")) && String.valueOf(change.get("requestId")).startsWith("seed ")) {
                    creates.merge((String) change.get("entityType"), 1, Integer::sum);
                    org.junit.jupiter.api.Assertions.assertNull(change.get("actor"), "the seed is nobody");
                }
            }
            after = slice.getString("nextCursor");
            more = slice.getBoolean("hasMore");
        }
        org.junit.jupiter.api.Assertions.assertEquals(15, creates.get("actions"), "one CREATE per seeded action");
        org.junit.jupiter.api.Assertions.assertEquals(9, creates.get("priorities"));
        org.junit.jupiter.api.Assertions.assertEquals(2, creates.get("programmes"), "FAMILIES-FIRST's by the seed,"
                + " IMPROVEMENT's by the migration that made it");
        org.junit.jupiter.api.Assertions.assertEquals(1, creates.get("plans"));
        org.junit.jupiter.api.Assertions.assertEquals(given().queryParam("size", 200).when().get("/api/v1/kpis")
                .then().extract().path("totalItems"), creates.get("kpis"));
        // Recorded today, the seed's CREATEs do not make its records younger: as at a past day they were there.
        given().queryParam("asOf", "2025-03-26").when().get("/api/v1/plan-summary").then().statusCode(200)
                .body("plan.ref", equalTo("CSIP-2024")).body("totalActions", equalTo(15));
    }
}
