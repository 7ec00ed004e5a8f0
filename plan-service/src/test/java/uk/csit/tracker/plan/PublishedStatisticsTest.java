package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * KPI values from the DfE's published files, through the API: the files as published, imported whole, the council's
 * row beside England, its region and its statistical neighbours, and what the same file twice, a revised figure, a
 * withheld one and a malformed file do. Expected figures were read from the files by hand (Havering, 311, E09000016).
 */
@QuarkusTest
class PublishedStatisticsTest {

    private static final String CSV = "text/csv";
    private static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "region_code,region_name,old_la_code,new_la_code,la_name,breakdown,%s\n";
    private static final String ENGLAND = "2025,Reporting year,National,E92000001,England,,,,,,All,%s\n";
    private static final String HAVERING = "2025,Reporting year,Local authority,E92000001,England,E13000002,"
            + "Outer London,311,E09000016,Havering,All,%s\n";

    private String code;
    private String indicator;

    @BeforeEach
    void aKpiOfItsOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        code = "PUB_" + suffix.toUpperCase();
        indicator = "rate_" + suffix;
        given().contentType(ContentType.JSON).body(PlanBodies.kpi(code, "Caseload", "children", "LOWER_IS_BETTER", "ANNUAL",
                        "WORKFORCE_CENSUS").toString())
                .when().post("/api/v1/kpis").then().statusCode(201);
    }

    private void source(String column, ObjectNode filters, String yearEnds) {
        given().contentType(ContentType.JSON).body(PlanBodies.publishedSource("Children's social work workforce", column,
                        filters).put("reportingYearEnds", yearEnds).toString())
                .when().post("/api/v1/kpis/" + code + "/published-source").then().statusCode(201);
    }

    private static byte[] file(String resource) throws IOException {
        try (InputStream in = PublishedStatisticsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static ValidatableResponse importFile(byte[] body, String released) {
        return given().contentType(CSV).queryParam("released", released).body(body)
                .when().post("/api/v1/published-statistics").then();
    }

    private static void neighbourModel() throws IOException {
        given().contentType(CSV).body(file("statistics/dfe/sn_model_2025_wide.csv"))
                .when().post("/api/v1/statistical-neighbours").then().statusCode(200)
                .body("councils", equalTo(153)).body("neighbours", equalTo(1530));
    }

    @Test
    void theWorkforceFileGivesHaveringsCaseloadBesideEnglandItsRegionAndItsNeighbours() throws IOException {
        neighbourModel();
        source("caseload_fte", PlanBodies.fields(), "09-30");
        byte[] csww = file("statistics/dfe/csww_indicators_2017_to_2025.csv");
        int added = importFile(csww, "2026-03-19").statusCode(200)
                .body("rows", equalTo(1463)).body("kpis", hasItem(code)).body("withheld", greaterThan(0))
                .extract().path("added");

        given().when().get("/api/v1/kpis/" + code).then().statusCode(200)
                .body("latestPublished.periodLabel", equalTo("2025"))
                .body("latestPublished.periodStart", equalTo("2024-10-01"))
                .body("latestPublished.periodEnd", equalTo("2025-09-30"))
                .body("latestPublished.value", equalTo(15))
                .body("latestPublished.basis", equalTo("PUBLISHED"))
                .body("latestPublished.source", equalTo("Department for Education, Children's social work workforce,"
                        + " 2025 (released 19 March 2026)"))
                .body("latestPublished.comparators.england", equalTo(15.2f))
                .body("latestPublished.comparators.regionName", equalTo("Outer London"))
                .body("latestPublished.comparators.region", equalTo(14.6f))
                .body("latestPublished.comparators.neighbours.laCode", contains("303", "822", "883", "881", "886",
                        "866", "941", "826", "887", "938"))
                .body("latestPublished.comparators.neighbours[0].name", equalTo("Bexley"))
                .body("latestPublished.comparators.neighbours[0].closeness", equalTo("Extremely close"))
                .body("latestPublished.comparators.neighbours[0].value", equalTo(15.2f))
                .body("latestPublished.comparators.neighboursMedian", equalTo(15.45f))
                .body("latestPublished.comparators.neighboursMean", equalTo(15.85f))
                .body("latestPublished.comparators.rankAmongNeighbours", equalTo(4))
                .body("latestPublished.comparators.rankedAmongNeighbours", equalTo(11))
                .body("latestPublished.comparators.quartileAmongNeighbours", equalTo(2))
                .body("latestPublished.comparators.rankAmongLocalAuthorities", equalTo(65))
                .body("latestPublished.comparators.rankedLocalAuthorities", equalTo(149))
                .body("latestPublished.comparators.quartile", equalTo(2));
        given().when().get("/api/v1/kpis/" + code + "/values").then().statusCode(200)
                .body("items.periodLabel", contains("2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"))
                .body("items.value", contains(14.4f, 16, 15.8f, 11.9f, 18.7f, 20, 20.4f, 18.9f, 15))
                .body("items.basis", everyItem(equalTo("PUBLISHED")));
        int changes = given().when().get("/api/v1/kpis/" + code + "/history").then().statusCode(200)
                .extract().path("totalItems");

        // The same file again changes nothing, and records no change.
        importFile(csww, "2026-03-19").statusCode(200).body("added", equalTo(0)).body("revised", equalTo(0))
                .body("unchanged", equalTo(added)).body("councilValues", equalTo(0));
        given().when().get("/api/v1/kpis/" + code + "/history").then().body("totalItems", equalTo(changes));

        // The council's own monthly figure sits beside the published one, marked as its own.
        given().contentType(ContentType.JSON).body(PlanBodies.kpiValue("2025-10-01", "2025-10-31", "2025-10", "14.2")
                        .put("source", "Havering children's services performance report").toString())
                .when().post("/api/v1/kpis/" + code + "/values").then().statusCode(201).body("basis", equalTo("LOCAL"));
        given().when().get("/api/v1/kpis/" + code).then().body("latest.value", equalTo(14.2f))
                .body("latest.basis", equalTo("LOCAL")).body("latestPublished.value", equalTo(15));
    }

    @Test
    void aRevisedFigureReplacesTheOneHeldAndTheHistoryKeepsBothWithTheirSources() {
        source(indicator, PlanBodies.fields("breakdown", "All"), "03-31");
        String first = HEADER.formatted(indicator) + ENGLAND.formatted("20") + HAVERING.formatted("10");
        importFile(first.getBytes(), "2025-10-30").statusCode(200).body("added", equalTo(2))
                .body("councilValues", equalTo(1));
        String revised = HEADER.formatted(indicator) + ENGLAND.formatted("20") + HAVERING.formatted("12");
        importFile(revised.getBytes(), "2026-03-19").statusCode(200).body("added", equalTo(0))
                .body("revised", equalTo(1)).body("unchanged", equalTo(1)).body("councilValues", equalTo(1));
        given().when().get("/api/v1/kpis/" + code).then()
                .body("latestPublished.value", equalTo(12)).body("latestPublished.periodStart", equalTo("2024-04-01"))
                .body("latestPublished.source", equalTo("Department for Education, Children's social work workforce,"
                        + " 2025 (released 19 March 2026)"))
                .body("latestPublished.comparators.england", equalTo(20));
        given().when().get("/api/v1/kpis/" + code + "/history").then().statusCode(200)
                .body("items.findAll { it.operation == 'UPDATE' }.before.latestPublished.value", hasItem(10))
                .body("items.findAll { it.operation == 'UPDATE' }.before.latestPublished.source", hasItem(
                        "Department for Education, Children's social work workforce, 2025 (released 30 October 2025)"))
                .body("items.findAll { it.operation == 'UPDATE' }.after.latestPublished.value", hasItem(12));
    }

    @Test
    void aWithheldFigureIsKeptAsWithheldAndIsNeverZero() {
        source(indicator, PlanBodies.fields(), "03-31");
        importFile((HEADER.formatted(indicator) + ENGLAND.formatted("20") + HAVERING.formatted("c")).getBytes(), null)
                .statusCode(200).body("withheld", equalTo(1));
        given().when().get("/api/v1/kpis/" + code).then()
                .body("latestPublished.value", nullValue()).body("latestPublished.rag", nullValue())
                .body("latestPublished.withheld.symbol", equalTo("c"))
                .body("latestPublished.withheld.meaning", equalTo("confidential: withheld to protect individuals"))
                .body("latestPublished.comparators.england", equalTo(20))
                .body("latestPublished.comparators.rankAmongLocalAuthorities", nullValue());
    }

    @Test
    void aMalformedFileIsRefusedNamingItsLineAndWritesNothing() {
        source(indicator, PlanBodies.fields(), "03-31");
        String bad = HEADER.formatted(indicator) + ENGLAND.formatted("20") + HAVERING.formatted("10")
                + "2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,303,E09000004,Bexley,All,"
                + "ten\n";
        importFile(bad.getBytes(), null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("line 4"));
        given().when().get("/api/v1/kpis/" + code + "/values").then().body("items", hasSize(0));
        importFile("country_name,time_period\nEngland,2025\n".getBytes(), null).statusCode(400)
                .body("errors[0].field", equalTo("line 1"));
    }

    @Test
    void aFileNoKpiTakesFromOrThatIsNotCsvIsRefused() {
        importFile((HEADER.formatted("no_kpi_takes_this_" + indicator) + ENGLAND.formatted("1")).getBytes(), null)
                .statusCode(422).body("errors[0].field", equalTo("file"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/published-statistics").then()
                .statusCode(415);
    }

    @Test
    void aSourceIsReplacedOnlyByWhoeverReadTheCurrentOne() {
        source(indicator, PlanBodies.fields(), "09-30");
        String tag = given().when().get("/api/v1/kpis/" + code + "/published-source").then().statusCode(200)
                .body("indicator", equalTo(indicator)).body("reportingYearEnds", equalTo("09-30"))
                .extract().header("ETag");
        String body = PlanBodies.publishedSource("Children in need", indicator, PlanBodies.fields()).toString();
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/kpis/" + code + "/published-source")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(body)
                .when().put("/api/v1/kpis/" + code + "/published-source").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", tag).body(body)
                .when().put("/api/v1/kpis/" + code + "/published-source").then().statusCode(200)
                .body("publication", equalTo("Children in need")).body("reportingYearEnds", equalTo("03-31"));
        given().contentType(ContentType.JSON).body(PlanBodies.fields("publication", "P", "indicator", "x",
                        "reportingYearEnds", "02-29").toString())
                .when().post("/api/v1/kpis/NO_SUCH_KPI/published-source").then().statusCode(404);
    }

    @Test
    void aCouncilsNeighboursAreReadByEitherOfItsCodes() throws IOException {
        neighbourModel();
        given().when().get("/api/v1/statistical-neighbours/311").then().statusCode(200)
                .body("name", equalTo("Havering")).body("neighbours", hasSize(10))
                .body("neighbours[0].laCode", equalTo("303")).body("neighbours[0].name", equalTo("Bexley"))
                .body("neighbours[9].closeness", equalTo("Close"));
        given().when().get("/api/v1/statistical-neighbours/999").then().statusCode(404);
        // The same model again changes nothing.
        given().contentType(CSV).body(file("statistics/dfe/sn_model_2025_wide.csv"))
                .when().post("/api/v1/statistical-neighbours").then().statusCode(200).body("changed", equalTo(false));
    }
}
