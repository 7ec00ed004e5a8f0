package uk.csit.tracker.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.launcher.ServiceModule;

/**
 * The Havering seed as the packaged inspection-service applies it at start-up ({@code tracker.seed.enabled}), read
 * back through the service's own API. It reads the run's seeded system that no test
 * changes, as {@link HaveringEndToEndTest} does.
 */
class HaveringInspectionSeedTest extends OnTheSeedAsItWas {

    private RequestSpecification given() {
        return atService(ServiceModule.INSPECTION);
    }

    @Test
    void december2023GaveFourInadequateAndOneRequiresImprovement() {
        given().when().get("/api/v1/inspections/ILACS-2023/judgements")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.findAll { it.grade == 'INADEQUATE' }.area", containsInAnyOrder(
                        "OVERALL_EFFECTIVENESS", "IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE"))
                .body("items.find { it.area == 'CARE_LEAVERS' }.grade", equalTo("REQUIRES_IMPROVEMENT_TO_BE_GOOD"));
    }

    @Test
    void theCurrentJudgementsAreDecember2023sAndThe2018CombinedAreaIsReplaced() {
        given().when().get("/api/v1/current-judgements")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.inspectionRef", everyItem(equalTo("ILACS-2023")))
                .body("items.area", hasItems("CHILDREN_IN_CARE", "CARE_LEAVERS"));
    }

    @Test
    void the2018InspectionKeepsTheAreaNamesOfItsTime() {
        given().when().get("/api/v1/inspections/ILACS-2018/judgements")
                .then().statusCode(200)
                .body("items.find { it.area == 'CHILDREN_IN_CARE_AND_CARE_LEAVERS' }.grade", equalTo("GOOD"))
                .body("items.find { it.area == 'HELP_AND_PROTECTION' }.grade",
                        equalTo("REQUIRES_IMPROVEMENT_TO_BE_GOOD"));
        given().when().get("/api/v1/findings/ILACS-2018-S1")
                .then().statusCode(200).body("type", equalTo("STRENGTH"));
    }

    @Test
    void sixOpenRecommendationsWhoseWordsAreStillToBeEntered() {
        given().queryParam("type", "RECOMMENDATION").queryParam("inspection", "ILACS-2023")
                .when().get("/api/v1/findings")
                .then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.status", everyItem(equalTo("OPEN")))
                .body("items.textPending", everyItem(equalTo(true)))
                .body("items.text", everyItem(startsWith("To be entered from the published Ofsted report")));
    }

    @Test
    void theActionPlanIsDueSeventyWorkingDaysAfterTheReportsPublication() {
        // Published 16 February 2024 (Ofsted's local authority inspection outcomes); 70 working days on, past the
        // Easter and May bank holidays of 2024, is 30 May 2024.
        given().when().get("/api/v1/inspections/ILACS-2023")
                .then().statusCode(200)
                .body("startDate", equalTo("2023-12-11"))
                .body("publishedDate", equalTo("2024-02-16"))
                .body("publishedDatePrecision", equalTo("DAY"))
                .body("actionPlanDeadlines.planDue", equalTo("2024-05-30"));
    }

    @Test
    void theSecondMonitoringVisitWasAboutChildrenInCareAndItsLetterWasPublishedOn29April2025() {
        given().when().get("/api/v1/inspections/MV-2025-03")
                .then().statusCode(200)
                .body("focusAreas", equalTo(java.util.List.of("Children in care")))
                .body("publishedDate", equalTo("2025-04-29"));
    }

    @Test
    void theSummaryTellsTheStory() {
        given().when().get("/api/v1/inspection-summary")
                .then().statusCode(200)
                .body("localAuthority.name", equalTo("London Borough of Havering"))
                .body("localAuthority.onsCode", equalTo("E09000016"))
                .body("currentJudgements.findAll { it.grade == 'INADEQUATE' }", hasSize(4))
                .body("openIntervention.ref", equalTo("DFE-IN-2024"))
                .body("openIntervention.type", equalTo("IMPROVEMENT_NOTICE"))
                .body("openIntervention.oversight[0].role", equalTo("DFE_IMPROVEMENT_ADVISER"))
                .body("openIntervention.lastReview.ref", equalTo("DFE-REV-2024-11"))
                .body("openIntervention.nextReviewDue", equalTo("2025-05-01"))
                .body("monitoringVisitCount", equalTo(3))
                .body("lastMonitoringVisit.ref", equalTo("MV-2025-09"))
                .body("lastMonitoringVisit.progressVerdict", equalTo("good progress"))
                .body("nextMonitoringVisit", nullValue())
                .body("recommendations", hasSize(6))
                .body("recommendationsTotal", equalTo(6))
                .body("recommendationsByStatus.OPEN", equalTo(6))
                .body("recommendationsByStatus.CLOSED", equalTo(0));
    }

    @Test
    void theTimelineRunsInDateOrder() {
        given().queryParam("from", "2023-12-01").queryParam("to", "2025-12-31")
                .when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("items.ref", contains("ILACS-2023", "ILACS-2023", "DFE-IN-2024", "MV-2024-10", "DFE-REV-2024-11",
                        "MV-2025-03", "MV-2025-03", "MV-2025-09"))
                .body("items.type", contains("INSPECTION", "REPORT_PUBLISHED", "INTERVENTION", "MONITORING_VISIT",
                        "DFE_REVIEW", "MONITORING_VISIT", "REPORT_PUBLISHED", "MONITORING_VISIT"));
    }

    @Test
    void asAtADayTheSummaryTellsTheStoryAsItStoodThen() {
        // Before the December 2023 inspection: the 2018 judgements, no notice, no visits, no 2023 recommendations.
        given().queryParam("asOf", "2023-11-30").when().get("/api/v1/inspection-summary")
                .then().statusCode(200)
                .body("asOf", equalTo("2023-11-30"))
                .body("currentJudgements.inspectionRef", everyItem(equalTo("ILACS-2018")))
                .body("currentJudgements.find { it.area == 'OVERALL_EFFECTIVENESS' }.grade", equalTo("GOOD"))
                .body("openIntervention", nullValue())
                .body("monitoringVisitCount", equalTo(0))
                .body("recommendations.findAll { it.inspectionRef == 'ILACS-2023' }", hasSize(0))
                .body("recommendationsTotal", equalTo(0));
        // After the inspection, before the improvement notice of March 2024.
        given().queryParam("asOf", "2024-01-31").when().get("/api/v1/inspection-summary")
                .then().statusCode(200)
                .body("currentJudgements.inspectionRef", everyItem(equalTo("ILACS-2023")))
                .body("currentJudgements.findAll { it.grade == 'INADEQUATE' }", hasSize(4))
                .body("openIntervention", nullValue())
                .body("recommendations.findAll { it.inspectionRef == 'ILACS-2023' }", hasSize(6))
                .body("recommendationsTotal", equalTo(6))
                .body("recommendationsByStatus.OPEN", equalTo(6));
        // The first day of the March 2025 monitoring visit, and the day before it.
        given().queryParam("asOf", "2025-03-25").when().get("/api/v1/inspection-summary")
                .then().statusCode(200)
                .body("openIntervention.ref", equalTo("DFE-IN-2024"))
                .body("openIntervention.status", equalTo("OPEN"))
                .body("monitoringVisitCount", equalTo(1))
                .body("lastMonitoringVisit.ref", equalTo("MV-2024-10"))
                .body("nextMonitoringVisit", nullValue());
        given().queryParam("asOf", "2025-03-26").when().get("/api/v1/inspection-summary")
                .then().statusCode(200)
                .body("monitoringVisitCount", equalTo(2))
                .body("lastMonitoringVisit.ref", equalTo("MV-2025-03"))
                .body("recommendations.findAll { it.inspectionRef == 'ILACS-2023' }.status", everyItem(equalTo("OPEN")));
        given().queryParam("asOf", "2025-02-30").when().get("/api/v1/inspection-summary")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }
}
