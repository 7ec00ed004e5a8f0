package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.csit.tracker.finance.LedgerRulesTest.allocation;
import static uk.csit.tracker.finance.LedgerRulesTest.spend;
import static uk.csit.tracker.finance.LedgerRulesTest.unique;
import static uk.csit.tracker.finance.LedgerRulesTest.year;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transparency CSV exports and the finance-system import, through HTTP against PostgreSQL. */
@QuarkusTest
class TransparencyCsvTest {

    private static final String CSV = "text/csv";
    private static final String PROBLEM = "application/problem+json";
    private static final String HEADER = "Transaction number,Allocation ref,Date,Amount,Description,Supplier,"
            + "Reverses transaction number\r\n";

    /** An RFC 4180 file read back with an independent parser: the header row, then one map per line. */
    static List<Map<String, String>> parse(String csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            String[] header = it.nextValue();
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                assertEquals(header.length, row.length, "every row has the header's columns");
                Map<String, String> map = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    map.put(header[i], row[i]);
                }
                rows.add(map);
            }
        }
        return rows;
    }

    static ExtractableResponse<Response> importing(String csv) {
        return given().contentType(CSV + "; charset=UTF-8").body(csv).when().post("/api/v1/spend/import").then().extract();
    }

    static void record(String json) {
        given().contentType(ContentType.JSON).body(json).when().post("/api/v1/spend").then().statusCode(201);
    }

    @Test
    void spendExportIsTransparencyCsvThatParsesBackAndReimportsAsNothingNew() throws Exception {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "5000.00", null);
        String a = unique("AP");
        String b = unique("AP");
        String r = unique("CR");
        record(spend(a, alloc, first + "-06-30", "1250.00", null));
        // A supplier with a comma and quotes, a description over two lines: quoted as RFC 4180 says.
        given().contentType(ContentType.JSON).body(FinanceBodies.spend(b, alloc, first + "-07-01", "99.9")
                        .put("description", "Panel, first day\nand second").put("supplier", "Smith \"& Sons\", Ltd").toString())
                .when().post("/api/v1/spend").then().statusCode(201).body("amountGbp", equalTo(99.90f));
        record(spend(r, alloc, first + "-07-02", "-250.00", a));

        ExtractableResponse<Response> export = given().accept(CSV).queryParam("allocation", alloc)
                .when().get("/api/v1/spend").then().statusCode(200).contentType(startsWith(CSV))
                .header("Content-Disposition", containsString(".csv")).extract();
        String csv = export.asString();
        assertTrue(csv.startsWith("Body name,Body,Service area,Expense type,Date,Transaction number,Amount,Supplier,"
                + "Description,Allocation ref,Financial year,Reverses transaction number\r\n"), csv);
        assertTrue(csv.endsWith("\r\n"), "records end CRLF");
        List<Map<String, String>> rows = parse(csv);
        assertEquals(3, rows.size());
        assertEquals(List.of(a, b, r), rows.stream().map(row -> row.get("Transaction number")).toList(), "by date");
        assertEquals(List.of("1250.00", "99.90", "-250.00"), rows.stream().map(row -> row.get("Amount")).toList(),
                "amounts in pounds with two decimals");
        Map<String, String> second = rows.get(1);
        assertEquals("Smith \"& Sons\", Ltd", second.get("Supplier"));
        assertEquals("Panel, first day\nand second", second.get("Description"));
        assertEquals(first + "-07-01", second.get("Date"));
        assertEquals("London Borough of Havering", second.get("Body name"));
        assertEquals("E09000016", second.get("Body"));
        assertEquals("Children's Services", second.get("Service area"));
        assertEquals("Improvement plan", second.get("Expense type"));
        assertEquals(label, second.get("Financial year"));
        assertEquals("", second.get("Reverses transaction number"));
        assertEquals(a, rows.get(2).get("Reverses transaction number"));

        // The export is an import file: all three are already recorded, so nothing is added.
        ExtractableResponse<Response> again = importing(csv);
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(3, again.jsonPath().getInt("lines"));
        assertEquals(0, again.jsonPath().getInt("created"));
        assertEquals(3, again.jsonPath().getInt("alreadyRecorded"));
        given().when().get("/api/v1/allocations/" + alloc).then().body("spentGbp", equalTo(1099.90f));
    }

    @Test
    void jsonUnlessTheClientPrefersCsv() {
        String label = year();
        String alloc = allocation(label, "10.00", null);
        given().queryParam("allocation", alloc).when().get("/api/v1/spend").then().statusCode(200)
                .contentType(ContentType.JSON).body("totalItems", equalTo(0));
        given().accept("application/json, text/csv;q=0.5").queryParam("allocation", alloc).when().get("/api/v1/spend")
                .then().statusCode(200).contentType(ContentType.JSON);
        given().accept("text/csv, application/json;q=0.5").queryParam("financialYear", label).when().get("/api/v1/allocations")
                .then().statusCode(200).contentType(startsWith(CSV)).body(containsString(alloc));
        given().accept("application/xml").when().get("/api/v1/spend").then().statusCode(406);
        given().accept(CSV).queryParam("financialYear", "2024-26").when().get("/api/v1/spend")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("financialYear"));
    }

    @Test
    void allocationExportCarriesTheMoneyToThePenny() throws Exception {
        String label = year();
        String first = label.substring(0, 4);
        String priority = unique("P");
        String alloc = allocation(label, "1000", priority);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(FinanceBodies.variation("1200.5", "Cabinet added funds", first + "-09-01").toString())
                .when().post("/api/v1/allocations/" + alloc + "/variations").then().statusCode(200);
        record(spend(unique("AP"), alloc, first + "-05-01", "0.10", null));
        String csv = given().accept(CSV).queryParam("priority", priority).when().get("/api/v1/allocations")
                .then().statusCode(200).contentType(startsWith(CSV)).extract().asString();
        List<Map<String, String>> rows = parse(csv);
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0);
        assertEquals(alloc, row.get("Allocation ref"));
        assertEquals(label, row.get("Financial year"));
        assertEquals("1200.50", row.get("Amount"));
        assertEquals("1000.00", row.get("Original amount"));
        assertEquals("0.10", row.get("Spent"));
        assertEquals("0.10", row.get("Forecast outturn"));
        assertEquals("1200.40", row.get("Variance"));
        assertEquals(priority, row.get("Priority ref"));
        assertEquals("Improvement plan", row.get("Expense type"));
    }

    @Test
    void aThousandLinesOfTenPenceImportOnceAndSumToExactlyOneHundredPounds() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "250.00", null);
        String prefix = unique("BATCH");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            csv.append(prefix).append('-').append(i).append(',').append(alloc).append(',').append(first)
                    .append(i % 2 == 0 ? "-05-01" : "-11-30").append(",0.10,Mileage,,\r\n");
        }
        ExtractableResponse<Response> imported = importing(csv.toString());
        assertEquals(200, imported.statusCode(), imported.asString());
        assertEquals(1000, imported.jsonPath().getInt("created"));
        assertTrue(imported.asString().contains("\"createdAmountGbp\":100.00"), imported.asString());

        String position = given().queryParam("financialYear", label).queryParam("groupBy", "quarter")
                .when().get("/api/v1/budget-position").then().statusCode(200)
                .body("groups.key", equalTo(List.of("Q1", "Q2", "Q3", "Q4"))).extract().asString();
        assertTrue(position.contains("\"spentGbp\":100.00"), "exactly 100.00: " + position);
        assertTrue(position.contains("\"varianceGbp\":150.00"), position);
        assertTrue(position.contains("\"spentGbp\":50.00"), "each quarter's half, exactly: " + position);

        ExtractableResponse<Response> again = importing(csv.toString());
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(0, again.jsonPath().getInt("created"));
        assertEquals(1000, again.jsonPath().getInt("alreadyRecorded"));
        assertTrue(again.asString().contains("\"createdAmountGbp\":0.00"), again.asString());
        given().when().get("/api/v1/allocations/" + alloc).then().body("spentGbp", equalTo(100.00f));
        given().queryParam("allocation", alloc).when().get("/api/v1/spend").then().body("totalItems", equalTo(1000));
    }

    @Test
    void oneBadLineImportsNothingAndEveryBadLineIsNamedWithItsReason() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "1000.00", null);
        String known = unique("AP");
        record(spend(known, alloc, first + "-04-10", "10.00", null));
        given().contentType(ContentType.JSON).body(FinanceBodies.closedMonth(first + "-08").toString())
                .when().post("/api/v1/financial-years/" + label + "/closed-months").then().statusCode(200);
        String good = unique("AP");
        String csv = HEADER
                + good + "," + alloc + "," + first + "-05-01,10.00,Good line,,\r\n"          // line 2
                + unique("AP") + "," + alloc + "," + first + "-05-01,12.345,Too fine,,\r\n"  // line 3
                + unique("AP") + "," + alloc + "," + first + "-13-01,1.00,No such month,,\r\n" // line 4
                + unique("AP") + ",NO-SUCH-ALLOC," + first + "-05-01,1.00,Unknown,,\r\n"     // line 5
                + unique("AP") + "," + alloc + "," + first + "-05-01,\"£1,000\",Pounds sign,,\r\n" // line 6
                + unique("AP") + "," + alloc + "," + first + "-05-01,0.00,Zero,,\r\n"        // line 7
                + unique("AP") + "," + alloc + "," + first + "-03-31,1.00,Before the year,,\r\n" // line 8
                + unique("AP") + "," + alloc + "," + first + "-08-15,1.00,Closed month,,\r\n"  // line 9
                + known + "," + alloc + "," + first + "-04-10,11.00,Other content,,\r\n"      // line 10
                + unique("AP") + "," + alloc + "," + first + "-05-01,1.00,,,\r\n"             // line 11
                + unique("AP") + "," + alloc + "," + first + "-05-01,-1.00,Credit,,\r\n"      // line 12
                + unique("AP") + "," + alloc + "," + first + "-05-01,1000000000000.00,Too big,,\r\n" // line 13
                + unique("AP") + "," + alloc + "\r\n";                                        // line 14
        ExtractableResponse<Response> answer = importing(csv);
        assertEquals(400, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith(PROBLEM));
        List<String> fields = answer.jsonPath().getList("errors.field");
        for (String expected : List.of("line 3, Amount", "line 4, Date", "line 5, Allocation ref", "line 6, Amount",
                "line 7, Amount", "line 8, Date", "line 9", "line 10", "line 11, Description",
                "line 12, Reverses transaction number", "line 13, Amount", "line 14")) {
            assertTrue(fields.contains(expected), expected + " is named: " + answer.asString());
        }
        assertTrue(fields.stream().noneMatch(f -> f.startsWith("line 2")), "the good line has no error: " + fields);
        assertTrue(answer.asString().contains("nothing was imported"), answer.asString());
        assertTrue(answer.asString().contains("is closed"), answer.asString());
        // All or nothing: the good line was not recorded either.
        given().when().get("/api/v1/spend/" + good).then().statusCode(404);
        given().when().get("/api/v1/allocations/" + alloc).then().body("spentGbp", equalTo(10.00f));
    }

    /**
     * Thousands of bad lines cost the caller a few kilobytes, not megabytes: the first 100 problems and how many
     * there are. A file past the line limit is refused as a whole, before its lines are read into records.
     */
    @Test
    void aFileOfThousandsOfBadLinesIsAnsweredWithTheFirstHundredAndTheCount() {
        ExtractableResponse<Response> answer = importing(HEADER + "x\r\n".repeat(4_000));
        assertEquals(400, answer.statusCode());
        assertEquals(100, answer.jsonPath().getList("errors").size());
        assertEquals(4_000, answer.jsonPath().getInt("errorCount"));
        assertEquals("line 2", answer.jsonPath().getString("errors[0].field"), "the first problems, in file order");
        assertTrue(answer.asString().length() < 16 * 1024, answer.asString().length() + " characters");

        ExtractableResponse<Response> tooMany = importing(HEADER + "x\r\n".repeat(10_001));
        assertEquals(400, tooMany.statusCode());
        assertEquals(List.of("file"), tooMany.jsonPath().getList("errors.field"));
        assertTrue(tooMany.jsonPath().getString("detail").contains("at most 10000"), tooMany.asString());
    }

    @Test
    void aReversalMayNameALineEarlierInTheFileAndATwiceSentLineIsOneEntry() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "1000.00", null);
        String a = unique("AP");
        String csv = HEADER
                + a + "," + alloc + "," + first + "-05-01,100.00,Placement,\"Care, Ltd\",\r\n"
                + a + "," + alloc + "," + first + "-05-01,100.00,Placement,\"Care, Ltd\",\r\n"
                + unique("CR") + "," + alloc + ",02/05/" + first + ",-40.00,Part credit,\"Care, Ltd\"," + a + "\r\n";
        ExtractableResponse<Response> answer = importing(csv);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(3, answer.jsonPath().getInt("lines"));
        assertEquals(2, answer.jsonPath().getInt("created"));
        assertEquals(1, answer.jsonPath().getInt("alreadyRecorded"));
        assertTrue(answer.asString().contains("\"createdAmountGbp\":60.00"), answer.asString());
        given().when().get("/api/v1/allocations/" + alloc).then().body("spentGbp", equalTo(60.00f));

        // A second reversal of the same line, or a different line under a recorded number, is refused.
        String twice = HEADER + unique("CR") + "," + alloc + "," + first + "-05-03,-10.00,Again,," + a + "\r\n"
                + a + "," + alloc + "," + first + "-05-01,100.00,Placement changed,\"Care, Ltd\",\r\n";
        ExtractableResponse<Response> refused = importing(twice);
        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals(List.of("line 2", "line 3"), refused.jsonPath().getList("errors.field"));
        assertTrue(refused.asString().contains("already reversed"), refused.asString());
    }

    @Test
    void aFileThatIsNotTheExtractIsRefusedWithTheReason() {
        String label = year();
        String alloc = allocation(label, "1000.00", null);
        String first = label.substring(0, 4);
        importing("").response().then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("file"));
        importing(HEADER).response().then().statusCode(400).body("errors[0].field", equalTo("file"));
        importing("Transaction number,Date,Amount\r\nX,2024-05-01,1.00\r\n").response().then().statusCode(400)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("Allocation ref, Description"));
        importing("Transaction number,Allocation ref,Date,Amount,Description,Suplier\r\n").response().then()
                .statusCode(400).body("errors.message", hasItem(containsString("unknown column 'Suplier'")));
        importing("Transaction number,Allocation ref,Date,Amount,Description,Amount\r\n").response().then()
                .statusCode(400).body("errors.message", hasItem(containsString("'Amount' twice")));
        // A multi-line quoted field: the line numbers are still the file's own.
        String broken = HEADER
                + unique("AP") + "," + alloc + "," + first + "-05-01,1.00,\"Two\r\nlines\",,\r\n"
                + unique("AP") + "," + alloc + "," + first + "-05-01,1.00,\"Bad\"quote,,\r\n";
        importing(broken).response().then().statusCode(400).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("line 4")).body("errors[0].message", containsString("RFC 4180"));
        String lines = HEADER
                + unique("AP") + "," + alloc + "," + first + "-05-01,1.00,\"Two\r\nlines\",,\r\n"
                + unique("AP") + "," + alloc + "," + first + "-05-01,abc,Bad amount,,\r\n";
        importing(lines).response().then().statusCode(400).body("errors[0].field", equalTo("line 4, Amount"));
        // An Excel-style byte order mark and lower-case header are accepted.
        String id = unique("AP");
        ExtractableResponse<Response> bom = importing("\uFEFFtransaction number,allocation ref,date,amount,description\n"
                + id + "," + alloc + "," + first + "-05-01,2.5,Bom\n");
        assertEquals(200, bom.statusCode(), bom.asString());
        assertEquals(1, bom.jsonPath().getInt("created"));
        given().when().get("/api/v1/spend/" + id).then().statusCode(200).body("amountGbp", equalTo(2.50f));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/spend/import").then().statusCode(415)
                .contentType(PROBLEM).body("detail", containsString("text/csv"));
    }
}
