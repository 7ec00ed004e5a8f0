package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Actions and KPI values out as CSV, and action sheets (CSV and XLSX) in, all or nothing. */
@QuarkusTest
class ActionSheetTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "Ref,Priority ref,Title,Owner name,Owner team,Start date,Due date,Status,"
            + "Percent complete,Evidence links\r\n";

    private String priority;

    @BeforeEach
    void aPriorityOfItsOwn() {
        priority = "P-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(PlanBodies.priority(priority, "Sheet priority").set("recommendationRefs", PlanBodies.strings())
                        .toString())
                .when().post("/api/v1/priorities").then().statusCode(201);
    }

    private static List<List<String>> parse(String csv) throws IOException {
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            return rows.readAll();
        }
    }

    private static Response importCsv(String csv) {
        return given().contentType("text/csv").body(csv).when().post("/api/v1/actions/import");
    }

    private String row(String ref, String title, String start, String due, String status, String percent) {
        return ref + "," + priority + "," + title + ",Head of Service,Safeguarding," + start + "," + due + "," + status + ","
                + percent + ",\r\n";
    }

    @Test
    void theExportIsTheFilteredListAsRfc4180CsvAndParsesBack() throws IOException {
        String a1 = priority + "-A1";
        ObjectNode audit = PlanBodies.action(a1, priority, "Audit, then \"act\"", "IN_PROGRESS", "40",
                LocalDate.of(2025, 4, 1), LocalDate.of(2099, 3, 31));
        audit.set("owner", PlanBodies.fields("name", "Lead, QA", "team", "QA"));
        audit.set("evidenceLinks", PlanBodies.strings("https://example.org/a", "https://example.org/b"));
        audit.set("kpiCodes", PlanBodies.strings("SW_CASELOAD"));
        given().contentType(ContentType.JSON).body(audit.toString())
                .when().post("/api/v1/actions").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(PlanBodies.action(priority + "-A2", priority, "Second").put("status", "NOT_STARTED").toString())
                .when().post("/api/v1/actions").then().statusCode(201);

        Response csv = given().accept("text/csv").queryParam("priority", priority).queryParam("sort", "-ref")
                .when().get("/api/v1/actions");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("actions.csv"));
        String body = csv.asString();
        assertEquals(true, body.contains("\r\n"), "CRLF line ends");
        List<List<String>> rows = parse(body);
        assertEquals(3, rows.size(), "a header and the two actions of this priority");
        List<String> header = rows.get(0);
        assertEquals("Ref", header.get(0));
        Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i), i);
        }
        List<String> second = rows.get(1);
        assertEquals(priority + "-A2", second.get(at.get("Ref")), "sorted as asked: -ref");
        List<String> first = rows.get(2);
        assertEquals("Audit, then \"act\"", first.get(at.get("Title")));
        assertEquals("Lead, QA", first.get(at.get("Owner name")));
        assertEquals("40.00", first.get(at.get("Percent complete")));
        assertEquals("https://example.org/a\nhttps://example.org/b", first.get(at.get("Evidence links")));
        assertEquals("2099-03-31", first.get(at.get("Due date")));
        assertEquals("false", first.get(at.get("Overdue")));
        String json = given().when().get("/api/v1/actions/" + a1).then().statusCode(200).extract().path("derivedRag");
        assertEquals(json, first.get(at.get("Derived RAG")));

        // JSON stays the default, and bad filters are still a 400 with CSV asked for.
        given().queryParam("priority", priority).when().get("/api/v1/actions").then().statusCode(200)
                .contentType(ContentType.JSON).body("totalItems", equalTo(2));
        given().accept("text/csv").queryParam("status", "FINISHED").when().get("/api/v1/actions").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anImportCreatesEveryRowAndTheSameFileAgainCreatesNothing() {
        String file = HEADER + row(priority + "-I1", "Recruit permanent social workers", "2025-04-01", "2026-03-31",
                "IN_PROGRESS", "25") + row(priority + "-I2", "Refresh the audit tool", "01/05/2025", "30/09/2025",
                "COMPLETE", "100%") + "\r\n" // a blank line is skipped
                + priority + "-I3," + priority + ",\"Pilot, with \"\"AI\"\" note-taking\",,,,,not started,,\"https://x.example/1\nhttps://x.example/2\"\r\n";
        importCsv(file).then().statusCode(200)
                .body("rows", equalTo(3)).body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0));

        given().when().get("/api/v1/actions/" + priority + "-I2").then().statusCode(200)
                .body("startDate", equalTo("2025-05-01")).body("status", equalTo("COMPLETE"))
                .body("percentComplete", equalTo(100.0f));
        given().when().get("/api/v1/actions/" + priority + "-I3").then().statusCode(200)
                .body("title", equalTo("Pilot, with \"AI\" note-taking")).body("status", equalTo("NOT_STARTED"))
                .body("evidenceLinks", equalTo(List.of("https://x.example/1", "https://x.example/2")));

        importCsv(file).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        given().when().get("/api/v1/actions/" + priority + "-I1/history").then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().queryParam("priority", priority).when().get("/api/v1/actions").then().body("totalItems", equalTo(3));
    }

    /**
     * An import's changes are in the feed in the order of its rows, an update between new actions included, and each
     * new action's create is the action as it is then read (its RAG worked out as for any new action).
     */
    @Test
    void anImportsChangesAreInTheFeedInItsRowsOrderEachAsTheActionIsRead() {
        String columns = "Ref,Priority ref,Title,Start date,Due date,Status,Percent complete";
        importCsv(columns + "\r\n" + priority + "-F2," + priority + ",Before,2025-04-01,2099-03-31,IN_PROGRESS,10\r\n")
                .then().statusCode(200).body("created", equalTo(1));
        String cursor = given().queryParam("limit", 200).when().get("/api/v1/changes").then().statusCode(200)
                .extract().path("nextCursor");
        List<Map<String, Object>> feed = new java.util.ArrayList<>();
        cursor = readFeed(cursor, feed);

        importCsv(columns + ",Version\r\n"
                + priority + "-F1," + priority + ",New first,2025-04-01,2025-05-01,IN_PROGRESS,10,\r\n"
                + priority + "-F2," + priority + ",After,2025-04-01,2099-03-31,IN_PROGRESS,10,0\r\n"
                + priority + "-F3," + priority + ",New last,,,NOT_STARTED,0,\r\n")
                .then().statusCode(200).body("created", equalTo(2)).body("updated", equalTo(1));
        feed.clear();
        readFeed(cursor, feed);
        List<Map<String, Object>> mine = feed.stream()
                .filter(change -> String.valueOf(change.get("entityRef")).startsWith(priority + "-F")).toList();
        assertEquals(List.of("CREATE " + priority + "-F1", "UPDATE " + priority + "-F2", "CREATE " + priority + "-F3"),
                mine.stream().map(change -> change.get("operation") + " " + change.get("entityRef")).toList());
        for (Map<String, Object> change : List.of(mine.get(0), mine.get(2))) {
            Map<String, Object> read = given().when().get("/api/v1/actions/" + change.get("entityRef")).then()
                    .statusCode(200).extract().jsonPath().getMap("$");
            read.remove("latestProgress");
            @SuppressWarnings("unchecked")
            Map<String, Object> after = new java.util.HashMap<>((Map<String, Object>) change.get("after"));
            after.remove("latestProgress");
            assertEquals(read, after, "the create is the action as it is read");
        }
        assertEquals("RED", ((Map<?, ?>) mine.get(0).get("after")).get("derivedRag"), "past its due day, 10% done");
    }

    /** Reads the change feed on from a cursor to its end; the last cursor. */
    private static String readFeed(String cursor, List<Map<String, Object>> into) {
        String at = cursor;
        while (true) {
            io.restassured.path.json.JsonPath page = given().queryParam("after", at).queryParam("limit", 200).when()
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            into.addAll(page.getList("items"));
            at = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return at;
            }
        }
    }

    @Test
    void anEditedExportReplacesWhatChangedAndAStaleRowIsRefused() throws IOException {
        importCsv(HEADER + row(priority + "-E1", "Original title", "2025-04-01", "2026-03-31", "IN_PROGRESS", "10")
                + row(priority + "-E2", "Untouched", "2025-04-01", "2026-03-31", "NOT_STARTED", "0")).then().statusCode(200);
        String exported = given().accept("text/csv").queryParam("priority", priority).queryParam("sort", "ref")
                .when().get("/api/v1/actions").asString();
        String edited = exported.replace("Original title", "Edited title");

        importCsv(edited).then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        given().when().get("/api/v1/actions/" + priority + "-E1").then().body("title", equalTo("Edited title"))
                .body("owner.name", equalTo("Head of Service"));

        // The first export's E1 row carries the version before the edit: applying it again would undo the edit.
        importCsv(exported).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("line 2, Version"))
                .body("detail", equalTo("1 problem in the file; nothing was imported."));
        given().when().get("/api/v1/actions/" + priority + "-E1").then().body("title", equalTo("Edited title"));

        // A row that changes an action must say which version it changes: a sheet without Version cannot.
        importCsv(HEADER + row(priority + "-E2", "Retitled", "2025-04-01", "2026-03-31", "NOT_STARTED", "0"))
                .then().statusCode(400).body("errors.field", equalTo(List.of("line 2, Version")));
        given().when().get("/api/v1/actions/" + priority + "-E2").then().body("title", equalTo("Untouched"));

        // A moved due date needs a reason, as with PUT; with one, the first due date is kept.
        String withVersion = HEADER.replace("\r\n", ",Revised due reason,Version\r\n");
        long e1 = version(priority + "-E1");
        String moved = withVersion + row(priority + "-E1", "Edited title", "2025-04-01", "2026-06-30", "IN_PROGRESS", "10")
                .replace("\r\n", ",," + e1 + "\r\n");
        importCsv(moved).then().statusCode(400).body("errors.field", hasItem("line 2, Revised due reason"));
        importCsv(moved.replace(",," + e1 + "\r\n", ",Agency cover ended early," + e1 + "\r\n"))
                .then().statusCode(200).body("updated", equalTo(1));
        given().when().get("/api/v1/actions/" + priority + "-E1").then().body("dueDate", equalTo("2026-06-30"))
                .body("originalDueDate", equalTo("2026-03-31")).body("revisedDueReason", equalTo("Agency cover ended early"));

        // The status rules of PUT hold: a complete action cannot go back to not started.
        importCsv(withVersion + row(priority + "-E2", "Untouched", "2025-04-01", "2026-03-31", "COMPLETE", "100")
                .replace("\r\n", ",," + version(priority + "-E2") + "\r\n")).then().statusCode(200)
                .body("updated", equalTo(1));
        importCsv(withVersion + row(priority + "-E2", "Untouched", "2025-04-01", "2026-03-31", "NOT_STARTED", "0")
                .replace("\r\n", ",," + version(priority + "-E2") + "\r\n"))
                .then().statusCode(anyOf(equalTo(400), equalTo(409))).contentType(PROBLEM)
                .body("detail", containsString("nothing was imported"));
        given().when().get("/api/v1/actions/" + priority + "-E2").then().body("status", equalTo("COMPLETE"));
    }

    private static long version(String ref) {
        return given().when().get("/api/v1/actions/" + ref).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @Test
    void oneBadRowRejectsTheFileAndEveryBadRowIsNamed() {
        String p = priority;
        String file = HEADER
                + row(p + "-B1", "A good row", "2025-04-01", "2026-03-31", "IN_PROGRESS", "10")               // line 2
                + p + "-B2,P-NO-SUCH-PRIORITY,Unknown priority,,,,,IN_PROGRESS,,\r\n"                          // line 3
                + row(p + "-B3", "Impossible date", "2025-02-30", "2026-03-31", "IN_PROGRESS", "10")          // line 4
                + row(p + "-B4", "Unknown status", "2025-04-01", "2026-03-31", "HALF_DONE", "10")             // line 5
                + row(p + "-B5", "Full but not complete", "2025-04-01", "2026-03-31", "IN_PROGRESS", "100")   // line 6
                + row(p + "-B6", "Due before start", "2025-04-01", "2025-03-01", "IN_PROGRESS", "10")         // line 7
                + row(p + "-B7", "Percent in words", "2025-04-01", "2026-03-31", "IN_PROGRESS", "half")       // line 8
                + row(p + "-B8", "", "2025-04-01", "2026-03-31", "IN_PROGRESS", "10")                         // line 9
                + row(p + "-B1", "Same ref twice", "2025-04-01", "2026-03-31", "IN_PROGRESS", "10")           // line 10
                + p + "-B9," + p + ",Too few fields\r\n"                                                        // line 11
                + row("bad ref!", "Ref with a space", "2025-04-01", "2026-03-31", "IN_PROGRESS", "10")        // line 12
                + row(p + "-B10", "Negative", "2025-04-01", "2026-03-31", "IN_PROGRESS", "-5");             // line 13
        importCsv(file).then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("11 problems in the file; nothing was imported."))
                .body("errors.field", hasItems("line 3, Priority ref", "line 4, Start date", "line 5, Status",
                        "line 6, Percent complete", "line 7, Due date", "line 8, Percent complete", "line 9, Title",
                        "line 10, Ref", "line 11", "line 12, Ref", "line 13, Percent complete"));
        given().when().get("/api/v1/actions/" + p + "-B1").then().statusCode(404);
        given().queryParam("priority", p).when().get("/api/v1/actions").then().body("totalItems", equalTo(0));
    }

    @Test
    void aFileThatIsNotAnActionSheetIsRefusedWithTheReason() {
        importCsv("").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("file"));
        importCsv(HEADER).then().statusCode(400).body("errors[0].message", containsString("no actions"));
        importCsv("Ref,Title\r\nA-1,Only two\r\n").then().statusCode(400)
                .body("errors[0].message", containsString("lacks the columns Priority ref, Status"));
        importCsv(HEADER.replace("Owner team", "Owner teem") + row(priority + "-H1", "x", "", "", "NOT_STARTED", ""))
                .then().statusCode(400).body("errors[0].message", containsString("unknown column 'Owner teem'"));
        importCsv(HEADER + priority + "-Q1," + priority + ",\"unterminated,,,,,NOT_STARTED,,\r\n").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].message", containsString("RFC 4180"));
        given().contentType(ContentType.JSON).body(PlanBodies.fields("ref", "A").toString()).when().post("/api/v1/actions/import").then()
                .statusCode(415).contentType(PROBLEM);
        // Why the library could not read it is for the log: the caller gets what to do and the request id.
        given().contentType(XLSX).body(new byte[] {'P', 'K', 3, 4, 1, 2}).when().post("/api/v1/actions/import").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("file"))
                .body("detail", containsString("save it again as .xlsx (request id "))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*(org\\.apache|Exception|IOUtils|openxml4j).*")));
        given().header("X-Test-No-Token", "true").contentType("text/csv").body(HEADER).when()
                .post("/api/v1/actions/import").then().statusCode(401).contentType(PROBLEM);
    }

    private byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Actions");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** OWASP CSV injection: a title a spreadsheet would run is exported as text, and imports back as it was. */
    @Test
    void aFormulaInATitleIsExportedAsTextAndImportsBackUnchanged() throws IOException {
        String ref = priority + "-F1";
        String formula = "=cmd|' /C calc'!A0";
        given().contentType(ContentType.JSON).body(java.util.Map.of("ref", ref, "priorityRef", priority, "title", formula,
                        "description", "@SUM(1+1)*cmd|' /C calc'!A0", "status", "NOT_STARTED",
                        "successMeasures", List.of("+44 7700 900123", "-1+1")))
                .when().post("/api/v1/actions").then().statusCode(201);
        String csv = given().accept("text/csv").queryParam("priority", priority).when().get("/api/v1/actions").then()
                .statusCode(200).extract().asString();
        List<List<String>> rows = parse(csv);
        int title = rows.get(0).indexOf("Title");
        int description = rows.get(0).indexOf("Description");
        assertEquals("'" + formula, rows.get(1).get(title), "the title is text to a spreadsheet");
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", rows.get(1).get(description));
        assertEquals("'+44 7700 900123\n-1+1", rows.get(1).get(rows.get(0).indexOf("Success measures")));

        importCsv(csv).then().statusCode(200).body("unchanged", equalTo(1)).body("updated", equalTo(0));
        given().when().get("/api/v1/actions/" + ref).then().statusCode(200).body("title", equalTo(formula))
                .body("description", equalTo("@SUM(1+1)*cmd|' /C calc'!A0"))
                .body("successMeasures", equalTo(List.of("+44 7700 900123", "-1+1")));
    }

    @Test
    void anExcelWorkbookImportsLikeCsvWithDateAndNumberCells() throws IOException {
        Object[] header = {"Ref", "Priority ref", "Title", "Start date", "Due date", "Status", "Percent complete"};
        byte[] good = workbook(header,
                new Object[] {priority + "-X1", priority, "Case management system review", LocalDate.of(2025, 1, 6),
                        LocalDate.of(2026, 3, 31), "In progress", 62.5},
                new Object[] {priority + "-X2", priority, "NSPCC graded care profile", LocalDate.of(2024, 9, 2), null,
                        "COMPLETE", 100});
        given().contentType(XLSX).body(good).when().post("/api/v1/actions/import").then().statusCode(200)
                .body("created", equalTo(2));
        given().when().get("/api/v1/actions/" + priority + "-X1").then().statusCode(200)
                .body("startDate", equalTo("2025-01-06")).body("percentComplete", equalTo(62.5f))
                .body("status", equalTo("IN_PROGRESS"));
        given().contentType(XLSX).body(good).when().post("/api/v1/actions/import").then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));

        byte[] bad = workbook(header,
                new Object[] {priority + "-X3", priority, "Fine", null, null, "NOT_STARTED", 0},
                new Object[] {priority + "-X4", priority, "Bad status", null, null, "SOMETIME", 0});
        given().contentType(XLSX).body(bad).when().post("/api/v1/actions/import").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", equalTo(List.of("line 3, Status")));
        given().when().get("/api/v1/actions/" + priority + "-X3").then().statusCode(404);
    }

    @Test
    void aKpiSeriesExportsAsCsv() throws IOException {
        String code = "SHEET_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        given().contentType(ContentType.JSON).body(PlanBodies.kpi(code, "Agency rate", "%", "LOWER_IS_BETTER", "QUARTERLY",
                        "WORKFORCE_CENSUS").put("target", 20).toString())
                .when().post("/api/v1/kpis").then().statusCode(201);
        for (String[] v : new String[][] {{"2025-04-01", "2025-06-30", "2025-Q1", "31.5"}, {"2025-07-01", "2025-09-30", "2025-Q2", "19"}}) {
            given().contentType(ContentType.JSON)
                    .body(PlanBodies.kpiValue(v[0], v[1], v[2], v[3]).put("london", new BigDecimal("18.2")).toString())
                    .when().post("/api/v1/kpis/" + code + "/values").then().statusCode(201);
        }
        String csv = given().accept("text/csv").when().get("/api/v1/kpis/" + code + "/values").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<List<String>> rows = parse(csv);
        assertEquals(List.of("KPI code", "Period start", "Period end", "Period label", "Value", "Numerator", "Denominator",
                "Target", "England", "London", "Statistical neighbours", "RAG", "Source", "Basis", "Withheld"), rows.get(0));
        assertEquals(List.of(code, "2025-04-01", "2025-06-30", "2025-Q1", "31.5", "", "", "20", "", "18.2", "", "RED", "",
                "LOCAL", ""), rows.get(1));
        assertEquals("GREEN", rows.get(2).get(11));
        given().accept("text/csv").queryParam("from", "2025-07-01").when().get("/api/v1/kpis/" + code + "/values")
                .then().statusCode(200).body(containsString("2025-Q2"), org.hamcrest.Matchers.not(containsString("2025-Q1")));
        given().when().get("/api/v1/kpis/" + code + "/values").then().statusCode(200).body("items.size()", equalTo(2));
    }
}
