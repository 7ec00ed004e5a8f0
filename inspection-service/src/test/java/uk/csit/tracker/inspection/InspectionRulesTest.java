package uk.csit.tracker.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.JwtResource;
import uk.csit.tracker.kit.testing.TestTokens;

@QuarkusTest
class InspectionRulesTest {

    private static final String PROBLEM = "application/problem+json";

    static String ref(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String inspection(String ref, String type, String start, String end, String published, String precision) {
        return """
                {"ref":"%s","type":"%s","startDate":"%s","endDate":%s,"publishedDate":%s,"publishedDatePrecision":%s}"""
                .formatted(ref, type, start, end == null ? "null" : "\"" + end + "\"",
                        published == null ? "null" : "\"" + published + "\"",
                        precision == null ? "null" : "\"" + precision + "\"");
    }

    private static String statusChange(String status, String date, String evidenceNote) {
        return InspectionBodies.statusChange(status, date).put("evidenceNote", evidenceNote).toString();
    }

    static void create(String body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/inspections").then().statusCode(201);
    }

    /** Grades one area of an inspection; the answer is the caller's to check. */
    static ValidatableResponse judge(String inspectionRef, String area, String grade) {
        return given().contentType(ContentType.JSON).body(InspectionBodies.judgement(area, grade).toString())
                .when().post("/api/v1/inspections/" + inspectionRef + "/judgements").then();
    }

    @Test
    void anInspectionIsCreatedReadAndUpdatedWithIfMatch() {
        String ref = ref("ILACS");
        given().contentType(ContentType.JSON).body(inspection(ref, "ILACS_STANDARD", "2024-06-03", "2024-06-14", null, null))
                .when().post("/api/v1/inspections")
                .then().statusCode(201).header("Location", endsWith("/api/v1/inspections/" + ref)).header("ETag", "\"0\"")
                .body("localAuthority.onsCode", equalTo("E09000016")).body("graded", equalTo(true));
        given().contentType(ContentType.JSON).body(inspection(ref, "ILACS_STANDARD", "2024-06-03", "2024-06-14", "2024-07-19", "DAY"))
                .when().put("/api/v1/inspections/" + ref).then().statusCode(428).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"")
                .body(inspection(ref, "ILACS_STANDARD", "2024-06-03", "2024-06-14", "2024-07-19", "DAY"))
                .when().put("/api/v1/inspections/" + ref).then().statusCode(412).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(inspection(ref, "ILACS_STANDARD", "2024-06-03", "2024-06-14", "2024-07-19", "DAY"))
                .when().put("/api/v1/inspections/" + ref).then().statusCode(200).header("ETag", "\"1\"")
                .body("publishedDate", equalTo("2024-07-19"));
        given().when().get("/api/v1/inspections/" + ref + "/history").then().statusCode(200)
                .body("items.operation", equalTo(java.util.List.of("CREATE", "UPDATE")))
                .body("items[1].before.publishedDate", nullValue())
                .body("items[1].after.publishedDate", equalTo("2024-07-19"));
    }

    @Test
    void deadlinesCountWorkingDaysAndSkipBankHolidays() {
        String ref = ref("ILACS");
        // Published Thursday 14 March 2024. Not counted: Good Friday 29 March, Easter Monday 1 April, and the
        // bank holidays of 6 and 27 May.
        create(inspection(ref, "ILACS_STANDARD", "2024-01-15", "2024-01-26", "2024-03-14", "DAY"));
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.finding(ref + "-APA1", "AREA_FOR_PRIORITY_ACTION", "Supervision")
                        .put("area", "HELP_AND_PROTECTION").toString())
                .when().post("/api/v1/inspections/" + ref + "/findings").then().statusCode(201);
        given().when().get("/api/v1/inspections/" + ref).then().statusCode(200)
                .body("actionPlanDeadlines.draftDue", equalTo("2024-04-15"))
                .body("actionPlanDeadlines.planDue", equalTo("2024-06-26"));
    }

    @Test
    void aDeadlineOutsideThePublishedBankHolidaysIsLeftOutAndSaysWhy() {
        String ref = ref("ILACS");
        // GOV.UK's data, as this service holds it, starts in 2019: a count from 2018 would be a guess.
        create(inspection(ref, "ILACS_STANDARD", "2018-04-09", "2018-04-20", "2018-05-30", "DAY"));
        given().when().get("/api/v1/inspections/" + ref).then().statusCode(200)
                .body("actionPlanDeadlines.planDue", nullValue())
                .body("actionPlanDeadlines.note", org.hamcrest.Matchers.containsString("outside the bank holidays"));
    }

    @Test
    void badInspectionsAreRefusedWithTheField() {
        given().contentType(ContentType.JSON).body(inspection(ref("X"), "ILACS_STANDARD", "2024-06-14", "2024-06-03", null, null))
                .when().post("/api/v1/inspections")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("endDate"));
        given().contentType(ContentType.JSON).body(inspection("bad ref!", "ILACS_STANDARD", "2024-06-03", null, null, null))
                .when().post("/api/v1/inspections").then().statusCode(400).body("errors[0].field", equalTo("ref"));
        given().contentType(ContentType.JSON).body(inspection(ref("X"), "INSPECTION_OF_SORTS", "2024-06-03", null, null, null))
                .when().post("/api/v1/inspections").then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().contentType(ContentType.JSON).body(inspection(ref("X"), "ILACS_STANDARD", "2025-02-30", null, null, null))
                .when().post("/api/v1/inspections").then().statusCode(400).body("errors[0].field", equalTo("startDate"));
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.inspection(ref("X"), "ILACS_STANDARD", "2024-01-01").put("progressVerdict", "good progress")
                        .toString())
                .when().post("/api/v1/inspections").then().statusCode(422).body("errors[0].field", equalTo("progressVerdict"));
    }

    @Test
    void aDuplicateRefIs409AndAnUnknownOneIs404() {
        String ref = ref("MV");
        create(inspection(ref, "MONITORING_VISIT", "2024-10-01", null, null, null));
        given().contentType(ContentType.JSON).body(inspection(ref, "MONITORING_VISIT", "2024-10-01", null, null, null))
                .when().post("/api/v1/inspections").then().statusCode(409).contentType(PROBLEM);
        given().when().get("/api/v1/inspections/NOPE-" + ref).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        String ref = ref("ILACS");
        String key = UUID.randomUUID().toString();
        String body = inspection(ref, "ILACS_SHORT", "2024-06-03", null, null, null);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/inspections").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/inspections").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("ref", equalTo(ref));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(inspection(ref("ILACS"), "ILACS_SHORT", "2024-06-03", null, null, null))
                .when().post("/api/v1/inspections").then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void judgementsFollowTheTypeAndTheAreasPeriod() {
        String visit = ref("MV");
        create(inspection(visit, "MONITORING_VISIT", "2024-10-01", null, null, null));
        judge(visit, "HELP_AND_PROTECTION", "GOOD")
                .statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("grade"))
                .body("errors[0].message", equalTo("a MONITORING_VISIT gives no grades."));

        String in2020 = ref("ILACS");
        create(inspection(in2020, "ILACS_STANDARD", "2020-02-03", "2020-02-14", null, null));
        judge(in2020, "CARE_LEAVERS", "GOOD")
                .statusCode(422).body("errors[0].field", equalTo("area"))
                .body("errors[0].message", startsWith("CARE_LEAVERS is given from 2023-01-01"));
        judge(in2020, "CHILDREN_IN_CARE_AND_CARE_LEAVERS", "GOOD").statusCode(201);
        judge(in2020, "CHILDREN_IN_CARE_AND_CARE_LEAVERS", "INADEQUATE").statusCode(409);

        String in2026 = ref("ILACS");
        create(inspection(in2026, "ILACS_STANDARD", "2026-05-11", "2026-05-22", null, null));
        judge(in2026, "OVERALL_EFFECTIVENESS", "GOOD")
                .statusCode(422).body("errors[0].message", startsWith("OVERALL_EFFECTIVENESS is given until 2026-03-31"));
        judge(in2026, "CHILDREN_IN_CARE_AND_CARE_LEAVERS", "GOOD").statusCode(422);
    }

    /**
     * Ofsted gives no overall effectiveness judgement from April 2026: an inspection under that framework is
     * recorded with its four areas, and once it is the latest, the current judgements are its four and the
     * overall grade of the inspection before it is no longer shown as current.
     */
    @Test
    void anInspectionWithoutAnOverallGradeIsRecordedAndIsWhatIsCurrent() {
        String before = ref("ILACS");
        create(inspection(before, "ILACS_STANDARD", "2024-09-09", "2024-09-20", null, null));
        judge(before, "OVERALL_EFFECTIVENESS", "INADEQUATE").statusCode(201);
        String under2026 = ref("ILACS");
        create(inspection(under2026, "ILACS_STANDARD", "2026-11-02", "2026-11-13", null, null));
        for (String area : new String[] {"IMPACT_OF_LEADERS", "HELP_AND_PROTECTION", "CHILDREN_IN_CARE", "CARE_LEAVERS"}) {
            judge(under2026, area, "REQUIRES_IMPROVEMENT_TO_BE_GOOD").statusCode(201);
        }

        given().when().get("/api/v1/current-judgements").then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.area", org.hamcrest.Matchers.containsInAnyOrder("IMPACT_OF_LEADERS", "HELP_AND_PROTECTION",
                        "CHILDREN_IN_CARE", "CARE_LEAVERS"))
                .body("items.inspectionRef", org.hamcrest.Matchers.everyItem(equalTo(under2026)))
                .body("items.framework", org.hamcrest.Matchers.everyItem(equalTo("ILACS_2026")))
                .body("items.find { it.area == 'CARE_LEAVERS' }.areaWords",
                        equalTo("The experiences and progress of care leavers"))
                .body("items.gradeWords", org.hamcrest.Matchers.everyItem(equalTo("Requires improvement to be good")));
        given().when().get("/api/v1/inspections/" + before + "/judgements/OVERALL_EFFECTIVENESS").then().statusCode(200)
                .body("framework", equalTo("ILACS_2023")).body("areaWords", equalTo("Overall effectiveness"))
                .body("gradeWords", equalTo("Inadequate"));
    }

    @Test
    void aWronglyEnteredGradeIsCorrectedWithIfMatch() {
        String ref = ref("ILACS");
        create(inspection(ref, "ILACS_STANDARD", "2024-01-15", "2024-01-26", null, null));
        judge(ref, "CARE_LEAVERS", "GOOD").statusCode(201);
        String etag = given().when().get("/api/v1/inspections/" + ref + "/judgements/CARE_LEAVERS")
                .then().statusCode(200).extract().header("ETag");
        String body = InspectionBodies.judgement("CARE_LEAVERS", "REQUIRES_IMPROVEMENT_TO_BE_GOOD").toString();
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/inspections/" + ref + "/judgements/CARE_LEAVERS").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/inspections/" + ref + "/judgements/CARE_LEAVERS")
                .then().statusCode(200).body("grade", equalTo("REQUIRES_IMPROVEMENT_TO_BE_GOOD"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/inspections/" + ref + "/judgements/CARE_LEAVERS").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/inspections/" + ref + "/judgements/SOMETHING").then().statusCode(400);
        given().when().get("/api/v1/inspections/" + ref + "/judgements/HELP_AND_PROTECTION").then().statusCode(404);
    }

    @Test
    void anUpdateThatWouldInvalidateAJudgementIs409() {
        String ref = ref("ILACS");
        create(inspection(ref, "ILACS_STANDARD", "2020-02-03", "2020-02-14", null, null));
        judge(ref, "CHILDREN_IN_CARE_AND_CARE_LEAVERS", "GOOD").statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(inspection(ref, "FOCUSED_VISIT", "2020-02-03", "2020-02-14", null, null))
                .when().put("/api/v1/inspections/" + ref).then().statusCode(409).contentType(PROBLEM);
        given().when().get("/api/v1/inspections/" + ref).then().body("type", equalTo("ILACS_STANDARD"));
    }

    @Test
    void recommendationsKeepEveryChangeOfStatusWithItsAuthor() {
        String ref = ref("ILACS");
        create(inspection(ref, "ILACS_STANDARD", "2024-01-15", "2024-01-26", "2024-03-14", "DAY"));
        String rec = ref + "-R1";
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.finding(rec, "RECOMMENDATION", "Improve supervision").put("area", "HELP_AND_PROTECTION")
                        .toString())
                .when().post("/api/v1/inspections/" + ref + "/findings")
                .then().statusCode(201).header("Location", endsWith("/api/v1/findings/" + rec))
                .body("status", equalTo("OPEN")).body("statusDate", equalTo("2024-03-14"));
        given().contentType(ContentType.JSON).body(statusChange("ADDRESSED", "2025-09-17", "Monitoring visit"))
                .when().post("/api/v1/findings/" + rec + "/status-changes").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("Authorization", TestTokens.bearer("officer@havering.test", "INSPECTION_EDITOR"))
                .body(statusChange("ADDRESSED", "2025-09-17", "Monitoring visit"))
                .when().post("/api/v1/findings/" + rec + "/status-changes")
                .then().statusCode(200).body("status", equalTo("ADDRESSED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(statusChange("ADDRESSED", "2025-09-18", "again"))
                .when().post("/api/v1/findings/" + rec + "/status-changes").then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(statusChange("CLOSED", "2025-01-01", "back in time"))
                .when().post("/api/v1/findings/" + rec + "/status-changes")
                .then().statusCode(422).body("errors[0].field", equalTo("date"));
        given().when().get("/api/v1/findings/" + rec).then().statusCode(200)
                .body("statusHistory", hasSize(1))
                .body("statusHistory[0].fromStatus", equalTo("OPEN"))
                .body("statusHistory[0].toStatus", equalTo("ADDRESSED"))
                .body("statusHistory[0].changedBy", equalTo("officer@havering.test"));
        // Who changed it is a member of staff's name: a VIEWER is given the history without it.
        given().header("Authorization", TestTokens.bearer("member@havering.test", "VIEWER"))
                .when().get("/api/v1/findings/" + rec).then().statusCode(200)
                .body("statusHistory[0].toStatus", equalTo("ADDRESSED"))
                .body("statusHistory[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("changedBy")));
        given().queryParam("type", "RECOMMENDATION").queryParam("status", "ADDRESSED").queryParam("inspection", ref)
                .when().get("/api/v1/findings").then().statusCode(200).body("items.ref", hasItem(rec));
    }

    @Test
    void aRecommendationsWordingIsEnteredLaterAndKeptInItsHistory() {
        String ref = ref("ILACS");
        create(inspection(ref, "ILACS_STANDARD", "2024-01-15", "2024-01-26", "2024-03-14", "DAY"));
        String rec = ref + "-R2";
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.finding(rec, "RECOMMENDATION", "To be entered").put("textPending", true).toString())
                .when().post("/api/v1/inspections/" + ref + "/findings").then().statusCode(201);
        ObjectNode wording = InspectionBodies.finding(rec, "RECOMMENDATION", "The wording from the report")
                .put("textPending", false).put("area", "HELP_AND_PROTECTION");
        String words = wording.toString();
        given().contentType(ContentType.JSON).body(words).when().put("/api/v1/findings/" + rec).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(wording.deepCopy().put("type", "STRENGTH").toString())
                .when().put("/api/v1/findings/" + rec).then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(words)
                .when().put("/api/v1/findings/" + rec).then().statusCode(200)
                .body("text", equalTo("The wording from the report")).body("textPending", equalTo(false))
                .body("status", equalTo("OPEN"));
        given().when().get("/api/v1/findings/" + rec + "/history").then().statusCode(200)
                .body("items[1].before.text", equalTo("To be entered"))
                .body("items[1].after.text", equalTo("The wording from the report"));
    }

    @Test
    void onlyRecommendationsHaveAStatus() {
        String ref = ref("MV");
        create(inspection(ref, "MONITORING_VISIT", "2025-03-26", "2025-03-27", null, null));
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.finding(ref + "-H1", "HEADLINE_FINDING", "Caseloads are smaller").toString())
                .when().post("/api/v1/inspections/" + ref + "/findings").then().statusCode(201).body("status", nullValue());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(InspectionBodies.statusChange("CLOSED", "2025-04-01").toString())
                .when().post("/api/v1/findings/" + ref + "-H1/status-changes").then().statusCode(409);
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        given().queryParam("type", "NOPE").when().get("/api/v1/findings")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().queryParam("from", "2025-13-01").when().get("/api/v1/inspections")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2025-01-02").queryParam("to", "2025-01-01").when().get("/api/v1/timeline")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("sort", "secret").when().get("/api/v1/inspections")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void interventionsReviewsAndTheirRules() {
        String ref = ref("DFE");
        String notice = InspectionBodies.improvementNotice(ref).toString();
        given().contentType(ContentType.JSON).body(notice).when().post("/api/v1/interventions")
                .then().statusCode(201).body("nextReviewDue", equalTo("2024-09-15"))
                .body("oversight[0].name", equalTo("A. Adviser"));
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.dfeReview(ref + "-R1", ref, "2024-11-14").toString())
                .when().post("/api/v1/dfe-reviews").then().statusCode(201)
                .body("nextReviewDue", equalTo("2025-05-14")).body("nextReviewDueDerived", equalTo(true));
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.dfeReview(ref + "-R0", ref, "2024-01-01").toString())
                .when().post("/api/v1/dfe-reviews").then().statusCode(422).body("errors[0].field", equalTo("reviewDate"));
        given().contentType(ContentType.JSON)
                .body(InspectionBodies.dfeReview(ref + "-R9", "NOPE", "2024-11-14").toString())
                .when().post("/api/v1/dfe-reviews").then().statusCode(422).body("errors[0].field", equalTo("interventionRef"));
        given().when().get("/api/v1/interventions/" + ref).then().statusCode(200)
                .body("lastReview.ref", equalTo(ref + "-R1")).body("nextReviewDue", equalTo("2025-05-14"));
        given().queryParam("status", "OPEN").queryParam("type", "IMPROVEMENT_NOTICE").queryParam("size", 200)
                .when().get("/api/v1/interventions").then().statusCode(200).body("items.ref", hasItem(ref));
        given().when().get("/api/v1/interventions").then().statusCode(200);
        given().queryParam("intervention", ref).when().get("/api/v1/dfe-reviews").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].ref", equalTo(ref + "-R1"));
        given().when().get("/api/v1/dfe-reviews").then().statusCode(200);
        given().queryParam("status", "ALMOST").when().get("/api/v1/interventions")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));

        String liftedWithoutDate = notice.replace("\"status\":\"OPEN\"", "\"status\":\"LIFTED\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(liftedWithoutDate)
                .when().put("/api/v1/interventions/" + ref).then().statusCode(422).body("errors[0].field", equalTo("liftedDate"));
        String lifted = liftedWithoutDate.replace("\"issuedDate\"", "\"liftedDate\":\"2026-01-20\",\"issuedDate\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(lifted)
                .when().put("/api/v1/interventions/" + ref).then().statusCode(200)
                .body("status", equalTo("LIFTED")).body("nextReviewDue", nullValue());
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(notice)
                .when().put("/api/v1/interventions/" + ref).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void aDirectionsReportingDutiesAreDueDatesTheSummaryAndTimelineCarry() {
        String ref = ref("DIR");
        // Issued today, so that it is the open intervention the summary names (the other tests' are older).
        java.time.LocalDate issued = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        java.time.LocalDate first = issued.plusMonths(1);
        java.util.List<String> due = java.util.stream.IntStream.of(0, 3, 6, 9)
                .mapToObj(m -> first.plusMonths(m).toString()).toList();
        String direction = """
                {"ref":"%s","type":"STATUTORY_DIRECTION","legalBasis":"Education Act 1996, section 497A(4B)",
                 "issuedDate":"%s","status":"OPEN",
                 "oversight":[{"role":"CHILDRENS_SERVICES_COMMISSIONER","fromDate":"%s"}],
                 "reportingDuties":[{"what":"Progress against the improvement plan","toWhom":"the Secretary of State",
                   "everyMonths":3,"firstDue":"%s","until":"%s"}]}""";
        given().contentType(ContentType.JSON).body(direction.formatted(ref, issued, issued, issued.minusDays(1), due.get(3)))
                .when().post("/api/v1/interventions").then().statusCode(422)
                .body("errors[0].field", equalTo("reportingDuties[0].firstDue"));
        String body = direction.formatted(ref, issued, issued, first, due.get(3));
        given().contentType(ContentType.JSON).body(body.replace("\"everyMonths\":3", "\"everyMonths\":0"))
                .when().post("/api/v1/interventions").then().statusCode(400);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/interventions").then().statusCode(201)
                .body("reportingDuties[0].dueDates", equalTo(due));
        given().when().get("/api/v1/inspection-summary").then().statusCode(200)
                .body("openIntervention.ref", equalTo(ref))
                .body("openIntervention.reportsDue[0].due", equalTo(due.get(0)))
                .body("openIntervention.reportsDue[0].toWhom", equalTo("the Secretary of State"));
        given().queryParam("from", issued.toString()).queryParam("to", due.get(3)).queryParam("size", 200)
                .when().get("/api/v1/timeline").then().statusCode(200)
                .body("items.findAll { it.type == 'REPORT_DUE' && it.ref == '" + ref + "' }.date", equalTo(due));
        String lifted = body.replace("\"status\":\"OPEN\"",
                "\"status\":\"LIFTED\",\"liftedDate\":\"" + first.plusMonths(4) + "\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(lifted)
                .when().put("/api/v1/interventions/" + ref).then().statusCode(200)
                .body("reportingDuties[0].dueDates", equalTo(due.subList(0, 2)));
    }

    @Test
    void readersMayReadButNotWriteAndTheAdviserMayReadHistory() {
        given().header("Authorization", TestTokens.bearer("viewer@x", "VIEWER"))
                .contentType(ContentType.JSON).body(inspection(ref("X"), "JTAI", "2024-06-03", null, null, null))
                .when().post("/api/v1/inspections").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("viewer@x", "VIEWER"))
                .when().get("/api/v1/inspection-summary").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("viewer@x", "VIEWER"))
                .when().get("/api/v1/changes").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("adviser@dfe.test", "ADVISOR"))
                .when().get("/api/v1/changes").then().statusCode(200);
        given().header(JwtResource.NO_TOKEN, "true").when().get("/api/v1/inspections").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("planner@x", "PLAN_EDITOR"))
                .contentType(ContentType.JSON).body(inspection(ref("X"), "JTAI", "2024-06-03", null, null, null))
                .when().post("/api/v1/inspections").then().statusCode(403);
    }
}
