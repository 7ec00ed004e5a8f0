package uk.csit.tracker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.testing.TestTokens;

/**
 * The board pack: made from /status as at two days and the merged timeline, read by PDFBox (not by what wrote it),
 * and honest about what is missing.
 */
@QuarkusTest
class BoardPackTest {

    static final String ADVISER = TestTokens.bearer("adviser@dfe.test", "ADVISOR");

    static String inspection(String day, String r1Status, boolean withR2) {
        return """
                {"asAt":"2025-10-01T09:00:00Z","asOf":"%s",
                 "localAuthority":{"name":"London Borough of Havering","onsCode":"E09000016"},
                 "currentJudgements":[{"area":"OVERALL_EFFECTIVENESS","grade":"INADEQUATE","inspectionRef":"ILACS-2023",
                   "inspectionEndDate":"2023-12-22","publishedDate":"2024-02-16","framework":"ILACS_2023",
                   "areaWords":"Overall effectiveness","gradeWords":"Inadequate"},
                  {"area":"HELP_AND_PROTECTION","grade":"INADEQUATE","inspectionRef":"ILACS-2023",
                   "inspectionEndDate":"2023-12-22","publishedDate":"2024-02-16","framework":"ILACS_2023",
                   "areaWords":"The experiences and progress of children who need help and protection",
                   "gradeWords":"Inadequate"}],
                 "openIntervention":{"ref":"DFE-IN-2024","type":"IMPROVEMENT_NOTICE","status":"OPEN","issuedDate":"2024-03-01",
                   "oversight":[{"role":"DFE_IMPROVEMENT_ADVISER","fromDate":"2024-03-01"}],"nextReviewDue":"2025-11-15",
                   "reportsDue":[{"what":"Progress against the plan","toWhom":"the Secretary of State","due":"2025-12-31"}]},
                 "lastMonitoringVisit":{"ref":"MV-2025-03","startDate":"2025-03-18","progressVerdict":"good progress"},
                 "monitoringVisitCount":2,
                 "recommendations":[{"ref":"ILACS-2023-R1","inspectionRef":"ILACS-2023","text":"Improve supervision","textPending":false,"status":"%s"}%s]}"""
                .formatted(day, r1Status, withR2 ? """
                        ,{"ref":"MV-2025-R2","inspectionRef":"MV-2025-03","text":"Stabilise the workforce","textPending":false,"status":"OPEN"}"""
                        : "");
    }

    static String plan(String day, String byRag, String byStatus, int overdue, String p1, String p2, String caseload) {
        return """
                {"asAt":"2025-10-01T09:00:01Z","asOf":"%s","plan":{"ref":"CSIP-2024","title":"Improvement plan","status":"APPROVED"},
                 "totalActions":15,"byRag":%s,"byStatus":%s,"overdue":%d,
                 "priorities":[{"ref":"P1","title":"Help and protection","recommendationRefs":["ILACS-2023-R1"],"totalActions":8,"overdue":0,"rag":"%s"},
                               {"ref":"P2","title":"Workforce","recommendationRefs":[],"totalActions":7,"overdue":1,"rag":"%s"}],
                 "prioritiesTotal":2,
                 "programmes":[{"ref":"FAMILIES-FIRST","title":"Families First Partnership","kind":"REFORM","plan":null,
                                "prioritiesTotal":3,"totalActions":0,"byRag":{},"overdue":0,"rag":null},
                               {"ref":"IMPROVEMENT","title":"Children's services improvement","kind":"INSPECTION_IMPROVEMENT",
                                "plan":{"ref":"CSIP-2024","title":"Improvement plan","status":"APPROVED","approvedDate":"2024-01-01"},
                                "prioritiesTotal":2,"totalActions":15,"byRag":{},"overdue":1,"rag":"AMBER"}],
                 "recommendations":[{"recommendationRef":"ILACS-2023-R1","priorityRefs":["P1"],"rag":"%s"}],
                 "kpiHeadlines":[{"code":"SW_CASELOAD","name":"Average social worker caseload","unit":"children",
                   "polarity":"LOWER_IS_BETTER","latestPeriod":"2025","latestValue":%s,"target":16,"rag":"GREEN",
                   "basis":"PUBLISHED","source":"Department for Education, Children's social work workforce, 2025",
                   "published":{"period":"2025","value":%s,"rag":"GREEN",
                     "source":"Department for Education, Children's social work workforce, 2025",
                     "comparators":{"period":"2025","england":15.2,"regionCode":"E13000002","regionName":"Outer London",
                       "region":14.6,"neighbours":[],"neighboursMedian":15.45,"neighboursMean":15.85,
                       "rankAmongNeighbours":4,"rankedAmongNeighbours":11,"rankAmongLocalAuthorities":65,
                       "rankedLocalAuthorities":149,"quartile":2}}}]}"""
                .formatted(day, byRag, byStatus, overdue, p1, p2, p1, caseload, caseload);
    }

    static String finance(String day, String spent) {
        return """
                {"asAt":"2025-10-01T09:00:02Z","asOf":"%s","currentFinancialYear":{"label":"2025-26"},
                 "years":[{"financialYear":{"label":"2024-25"},"allocatedGbp":16000000.00,"spentGbp":%s,
                   "forecastOutturnGbp":15900000.00,"varianceGbp":100000.00,"percentSpent":95.0,"allocationCount":2}]}"""
                .formatted(day, spent);
    }

    static final String PLAN_TIMELINE = """
            {"items":[{"date":"2025-09-01","type":"BOARD_MEETING","ref":"IB-2025-09","title":"Improvement board"},
                      {"date":"2025-10-20","type":"MILESTONE","ref":"A-2.4","title":"Practice standards relaunched"}],
             "page":0,"size":200,"totalItems":2}""";
    static final String INSPECTION_TIMELINE = """
            {"items":[{"date":"2025-11-15","type":"DFE_REVIEW","ref":"DFE-R-2025-11","title":"DfE review"}],
             "page":0,"size":200,"totalItems":1}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void services() {
        StubbedServices.resetAll();
        breakers.resetAll();
        stubDay("2025-10-01", "ADDRESSED", true, StubAnswers.counts("RED", 2, "AMBER", 3, "GREEN", 6, "COMPLETE", 4),
                StubAnswers.counts("IN_PROGRESS", 11, "COMPLETE", 4), 1, "GREEN", "RED", "15.0", "15200000.00");
        stubDay("2025-09-01", "OPEN", false, StubAnswers.counts("RED", 1, "AMBER", 4, "GREEN", 8, "COMPLETE", 2),
                StubAnswers.counts("NOT_STARTED", 1, "IN_PROGRESS", 12, "COMPLETE", 2), 2, "RED", "AMBER", "18.9", "14000000.00");
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/timeline")).willReturn(okJson(PLAN_TIMELINE)));
        StubbedServices.inspection.stubFor(get(urlPathEqualTo("/api/v1/timeline")).willReturn(okJson(INSPECTION_TIMELINE)));
    }

    static void stubDay(String day, String r1, boolean r2, String byRag, String byStatus, int overdue, String p1,
            String p2, String caseload, String spent) {
        StubbedServices.inspection.stubFor(get(urlEqualTo("/api/v1/inspection-summary?asOf=" + day))
                .willReturn(okJson(inspection(day, r1, r2))));
        StubbedServices.plan.stubFor(get(urlEqualTo("/api/v1/plan-summary?asOf=" + day))
                .willReturn(okJson(plan(day, byRag, byStatus, overdue, p1, p2, caseload))));
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary?asOf=" + day))
                .willReturn(okJson(finance(day, spent))));
    }

    @AfterEach
    void reset() {
        StubbedServices.resetAll();
        breakers.resetAll();
    }

    @Test
    void thePdfHasEverySectionAndTheFiguresOfTheStatusForBothDays() throws IOException {
        byte[] pdf = given().header("Authorization", ADVISER).accept("application/pdf")
                .queryParam("asOf", "2025-10-01")
                .when().get("/api/v1/board-pack")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("board-pack-2025-10-01.pdf"))
                .extract().asByteArray();
        keep(pdf, "board-pack-2025-10-01");
        String text = textOf(pdf);
        for (String section : new String[] {"Children's services improvement board pack", "London Borough of Havering",
                "Overview", "What changed since 1 September 2025", "Exceptions: red and overdue actions",
                "Key performance indicators", "Money", "Coming up"}) {
            assertTrue(text.contains(section), "the pack has " + section + ":\n" + text);
        }
        // Compared with the last board meeting before asOf, found in the plan's timeline.
        assertTrue(text.contains("the last board meeting"), text);
        // The same figures /status gives for the two days.
        String status = given().header("Authorization", ADVISER).queryParam("asOf", "2025-10-01")
                .when().get("/api/v1/status").then().statusCode(200).extract().asString();
        assertTrue(status.contains("\"spentGbp\":15200000.00"), status);
        assertTrue(text.contains("£16,000,000.00") && text.contains("£15,200,000.00") && text.contains("£15,900,000.00"),
                text);
        assertTrue(text.contains("£14,000,000.00"), "money then: " + text);
        assertTrue(text.contains("P2: Workforce, from Amber to Red"), "went red: " + text);
        assertTrue(text.contains("P1: Help and protection, from Red to Green"), "recovered: " + text);
        assertTrue(text.contains("MV-2025-R2: Stabilise the workforce"), "new recommendation: " + text);
        assertTrue(text.contains("ILACS-2023-R1: from Open to Addressed"), "status moved: " + text);
        assertTrue(text.contains("Average social worker caseload"), text);
        assertTrue(text.contains("20 October 2025") && text.contains("15 November 2025"), "coming up: " + text);
        assertFalse(text.contains("This pack is incomplete"), text);
        // A pack of a past day does not pretend to list that day's actions.
        assertTrue(text.contains("The actions are listed only in a pack of today"), text);
    }

    @Test
    void theHtmlDrawsItsChartsAsSvgWithTheirWordsAndTables() {
        String html = given().header("Authorization", ADVISER).accept("text/html")
                .queryParam("asOf", "2025-10-01").queryParam("since", "2025-09-01")
                .when().get("/api/v1/board-pack")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""), html);
        assertTrue(html.contains("<title id=\"rag-chart-title\">Actions by RAG rating</title>"), html);
        assertTrue(html.contains("Red 2; Amber 3; Green 6; Complete 4; Not assessed 0"), "the chart's words: " + html);
        assertTrue(html.contains("2024-25: Allocated £16,000,000.00, Spent £15,200,000.00, Forecast outturn £15,900,000.00."),
                html);
        assertTrue(html.contains("<table id=\"actions-by-rag\">") && html.contains("<table id=\"money-table\">"), html);
        assertTrue(html.contains("the day asked for"), html);
        assertTrue(html.contains("£14,000,000.00 to £15,200,000.00"), "money moved since: " + html);
    }

    @Test
    void aPackOfTodayListsTheRedAndOverdueActionsWithTheirTextEscaped() throws IOException {
        String today = LocalDate.now(QueryValues.ENGLAND).toString();
        String since = LocalDate.parse(today).minusDays(20).toString();
        stubDay(today, "ADDRESSED", true, StubAnswers.counts("RED", 1), StubAnswers.counts("IN_PROGRESS", 2), 1, "GREEN", "RED", "15.0", "1.00");
        stubDay(since, "OPEN", false, StubAnswers.counts("RED", 0), StubAnswers.counts("IN_PROGRESS", 2), 0, "GREEN", "GREEN", "15.0", "1.00");
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/actions")).withQueryParam("rag", equalTo("RED"))
                .willReturn(okJson(StubAnswers.page(action("A-1.1", "<script>alert(1)</script> Audit", "RED", "true")))));
        StubbedServices.plan.stubFor(get(urlPathEqualTo("/api/v1/actions")).withQueryParam("overdue", equalTo("true"))
                .willReturn(okJson(StubAnswers.page(action("A-1.1", "<script>alert(1)</script> Audit", "RED", "true"),
                        action("A-2.2", "Recruit practice leads", "AMBER", "true")))));
        String html = given().header("Authorization", ADVISER).accept("text/html").queryParam("since", since)
                .when().get("/api/v1/board-pack").then().statusCode(200).extract().asString();
        assertTrue(html.contains("1 action is red and 2 are overdue"), html);
        assertTrue(html.contains("A-1.1: &lt;script&gt;alert(1)&lt;/script&gt; Audit"), "escaped: " + html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.indexOf("A-1.1:") < html.indexOf("A-2.2:"), "red first");
        assertTrue(html.contains("Supervision audit rolled out to two teams"), "latest progress narrative");
        byte[] pdf = given().header("Authorization", ADVISER).queryParam("since", since)
                .when().get("/api/v1/board-pack").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertTrue(textOf(pdf).contains("Recruit practice leads"));
    }

    static String action(String ref, String title, String rag, String overdue) {
        return """
                {"ref":"%s","priorityRef":"P1","title":"%s","owner":{"name":"Head of Service"},"dueDate":"2025-06-30",
                 "status":"IN_PROGRESS","rag":"%s","overdue":%s,
                 "latestProgress":{"date":"2025-09-20","narrative":"Supervision audit rolled out to two teams","rag":"%s"}}"""
                .formatted(ref, title.replace("\"", "\\\""), rag, overdue, rag);
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedOnTheCoverAndThePackIsStillMade() throws IOException {
        StubbedServices.finance.stubFor(get(urlEqualTo("/api/v1/finance-summary?asOf=2025-10-01"))
                .willReturn(aResponse().withStatus(503)));
        byte[] pdf = given().header("Authorization", ADVISER).queryParam("asOf", "2025-10-01")
                .when().get("/api/v1/board-pack").then().statusCode(200).extract().asByteArray();
        String text = textOf(pdf);
        assertTrue(text.contains("This pack is incomplete"), text);
        assertTrue(text.contains("the finance service did not answer for 1 October 2025"), text);
        assertTrue(text.contains("Not available: the finance service did not answer."), text);
        assertTrue(text.contains("P2: Workforce, from Amber to Red"), "the rest is there: " + text);
    }

    @Test
    void daysOutOfOrderOrInTheFutureAreA400Problem() {
        given().header("Authorization", ADVISER).queryParam("asOf", "2025-09-01").queryParam("since", "2025-10-01")
                .when().get("/api/v1/board-pack").then().statusCode(400).contentType("application/problem+json")
                .body(containsString("since"));
        given().header("Authorization", ADVISER).queryParam("asOf", "2999-01-01")
                .when().get("/api/v1/board-pack").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", ADVISER).queryParam("asOf", "1 October")
                .when().get("/api/v1/board-pack").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aViewerMayReadThePackAndNobodyElseWithoutAToken() {
        given().header("Authorization", TestTokens.bearer("member@havering.test", "VIEWER")).accept("text/html")
                .queryParam("asOf", "2025-10-01").when().get("/api/v1/board-pack").then().statusCode(200);
        given().header(uk.csit.tracker.kit.testing.JwtResource.NO_TOKEN, "true").queryParam("asOf", "2025-10-01")
                .when().get("/api/v1/board-pack").then().statusCode(401).contentType("application/problem+json");
    }

    /** The pack and pictures of its first two pages, kept as test output for people to look at. */
    static void keep(byte[] pdf, String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "board-pack");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 72), "png",
                        folder.resolve(name + "-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    static String textOf(byte[] pdf) throws IOException {
        assertTrue(pdf.length > 4 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 6, "a cover and a page per section");
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("[ \\t]*\\r?\\n[ \\t]*", "\n")
                    .replaceAll("(?<=\\S)\\n(?=\\S)", " ");
        }
    }
}
