package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.TestTokens;

@QuarkusTest
class LedgerRulesTest {

    private static final String PROBLEM = "application/problem+json";

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The next year a test may take as its own: far in the future, so that no seed shares it (88xx is HostileInputTest's). */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2200);

    /** A financial year of the test's own, the next free one from 2200-01 on, in the order the tests ask. */
    static String year() {
        return freeYear(NEXT_YEAR);
    }

    /** The first year from {@code next} on that is not recorded yet, recorded now. */
    static String freeYear(AtomicInteger next) {
        while (true) {
            int first = next.getAndIncrement();
            String label = String.format("%d-%02d", first, (first + 1) % 100);
            int status = given().contentType(ContentType.JSON).body(FinanceBodies.financialYear(label).toString())
                    .when().post("/api/v1/financial-years").then().extract().statusCode();
            if (status == 201) {
                return label;
            }
            assertEquals(409, status, label + " is either free or already recorded");
        }
    }

    static String allocation(String year, String amount, String priority) {
        String ref = unique("ALLOC");
        ObjectNode body = FinanceBodies.allocation(ref, year, "IMPROVEMENT_PLAN", amount, "Test");
        given().contentType(ContentType.JSON)
                .body((priority == null ? body : body.put("priorityRef", priority)).toString())
                .when().post("/api/v1/allocations").then().statusCode(201);
        return ref;
    }

    static String spend(String externalId, String allocation, String date, String amount, String reverses) {
        ObjectNode spend = FinanceBodies.spend(externalId, allocation, date, amount);
        return (reverses == null ? spend : spend.put("reversesExternalId", reverses)).toString();
    }

    @Test
    void aYearsLabelAndDatesMustAgree() {
        given().contentType(ContentType.JSON).body(FinanceBodies.financialYear("2024-26").toString()).when().post("/api/v1/financial-years")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("label"));
        given().contentType(ContentType.JSON).body(FinanceBodies.financialYear("2024-2025").toString()).when().post("/api/v1/financial-years")
                .then().statusCode(400).body("errors[0].field", equalTo("label"));
        given().contentType(ContentType.JSON).body(FinanceBodies.financialYear("3024-25").put("startDate", "3024-01-01").toString())
                .when().post("/api/v1/financial-years").then().statusCode(422).body("errors[0].field", equalTo("startDate"));
        String label = year();
        given().when().get("/api/v1/financial-years/" + label).then().statusCode(200)
                .body("startDate", equalTo(label.substring(0, 4) + "-04-01"));
        given().contentType(ContentType.JSON).body(FinanceBodies.financialYear(label).toString()).when().post("/api/v1/financial-years")
                .then().statusCode(409);
    }

    @Test
    void badMoneyIsA400NamingTheField() {
        String label = year();
        for (String amount : new String[] {"10.123", "\"10.00\"", "1000000000000.00", "-5.00", "0", "1e400"}) {
            given().contentType(ContentType.JSON)
                    // The amount as sent, malformed on purpose: raw JSON text, not a number a builder would write.
                    .body("""
                            {"ref":"%s","financialYear":"%s","category":"OTHER","amountGbp":%s,"purpose":"x"}"""
                            .formatted(unique("A"), label, amount))
                    .when().post("/api/v1/allocations")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("amountGbp"));
        }
        given().contentType(ContentType.JSON)
                .body(FinanceBodies.allocation(unique("A"), "2024-26", "OTHER", "1", "x").toString())
                .when().post("/api/v1/allocations").then().statusCode(422).body("errors[0].field", equalTo("financialYear"));
    }

    /** Ten lines of 0.10 posted one by one are exactly 1.00 (in doubles they are 0.9999999999999999); a thousand by import: TransparencyCsvTest. */
    @Test
    void tenSpendsOfTenPenceSumToExactlyOnePound() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "500.00", null);
        for (int i = 0; i < 10; i++) {
            given().contentType(ContentType.JSON).body(spend(alloc + "-" + i, alloc, first + "-05-01", "0.10", null))
                    .when().post("/api/v1/spend").then().statusCode(201).body("amountGbp", equalTo(0.10f));
        }
        String allocation = given().when().get("/api/v1/allocations/" + alloc).then().statusCode(200).extract().asString();
        assertEquals(true, allocation.contains("\"spentGbp\":1.00,"), allocation);
        assertEquals(true, allocation.contains("\"varianceGbp\":499.00,"), allocation);
        String body = given().queryParam("financialYear", label).when().get("/api/v1/budget-position")
                .then().statusCode(200).extract().asString();
        assertEquals(true, body.contains("\"spentGbp\":1.00"), "the total is written with two decimals, exactly: " + body);
    }

    @Test
    void aGrantKeepsItsConditionsAndItsSpendIsReportedBesideTheRest() {
        String label = year();
        String first = label.substring(0, 4);
        String grant = unique("FS-GRANT");
        given().contentType(ContentType.JSON).body(FinanceBodies.fundingSource(grant, "Children's Social Care Prevention Grant",
                        "GRANT", "Family help", "Multi-agency child protection teams").toString())
                .when().post("/api/v1/funding-sources").then().statusCode(201)
                .body("conditions", org.hamcrest.Matchers.contains("Family help", "Multi-agency child protection teams"));
        given().contentType(ContentType.JSON).body(FinanceBodies.fundingSource(unique("FS"), "x", "GRANT", "").toString())
                .when().post("/api/v1/funding-sources").then().statusCode(400);
        String tagged = unique("ALLOC");
        given().contentType(ContentType.JSON).body(FinanceBodies.allocation(tagged, label, "IMPROVEMENT_PLAN", "1000.00",
                "Family help").put("fundingSourceRef", grant).toString()).when().post("/api/v1/allocations").then().statusCode(201);
        String untagged = allocation(label, "500.00", null);
        given().contentType(ContentType.JSON).body(spend(tagged + "-1", tagged, first + "-05-01", "250.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);
        given().contentType(ContentType.JSON).body(spend(untagged + "-1", untagged, first + "-05-01", "100.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);
        given().queryParam("financialYear", label).queryParam("groupBy", "fundingSource")
                .when().get("/api/v1/budget-position").then().statusCode(200)
                .body("groups.find { it.key == '" + grant + "' }.allocatedGbp", equalTo(1000.00f))
                .body("groups.find { it.key == '" + grant + "' }.spentGbp", equalTo(250.00f))
                .body("groups.find { it.key == '(none)' }.spentGbp", equalTo(100.00f));
        given().when().get("/api/v1/funding-sources").then().statusCode(200)
                .body("items.find { it.ref == '" + grant + "' }.conditions", org.hamcrest.Matchers.hasSize(2));
    }

    /** Who recorded a line is a member of staff's name: given to callers who may read history, not to a VIEWER. */
    @Test
    void whoRecordedSpendIsGivenOnlyToCallersWhoMayReadHistory() {
        String label = year();
        String alloc = allocation(label, "1000.00", null);
        String id = unique("AP");
        given().header("Authorization", TestTokens.bearer("finance@havering.test", "FINANCE_EDITOR"))
                .contentType(ContentType.JSON).body(spend(id, alloc, label.substring(0, 4) + "-05-01", "10.00", null))
                .when().post("/api/v1/spend").then().statusCode(201).body("recordedBy", equalTo("finance@havering.test"));
        String viewer = TestTokens.bearer("member@havering.test", "VIEWER");
        given().header("Authorization", viewer).when().get("/api/v1/spend/" + id).then().statusCode(200)
                .body("amountGbp", equalTo(10.00f)).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("recordedBy")));
        given().header("Authorization", viewer).queryParam("allocation", alloc).when().get("/api/v1/spend").then()
                .statusCode(200).body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("recordedBy")));
        given().header("Authorization", TestTokens.bearer("adviser@dfe.test", "ADVISOR")).when()
                .get("/api/v1/spend/" + id).then().statusCode(200).body("recordedBy", equalTo("finance@havering.test"));
    }

    @Test
    void spendOutsideTheYearOrInAClosedMonthIsRefused() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "1000.00", null);
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-03-31", "1.00", null))
                .when().post("/api/v1/spend").then().statusCode(422).body("errors[0].field", equalTo("date"));
        given().contentType(ContentType.JSON).body(FinanceBodies.closedMonth(first + "-06").toString())
                .when().post("/api/v1/financial-years/" + label + "/closed-months").then().statusCode(200)
                .body("closedMonths", equalTo(java.util.List.of(first + "-06")));
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-06-15", "1.00", null))
                .when().post("/api/v1/spend").then().statusCode(409).contentType(PROBLEM);
        given().when().delete("/api/v1/financial-years/" + label + "/closed-months/" + first + "-06").then().statusCode(200);
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-06-15", "1.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);
    }

    @Test
    void theSameExternalIdIsOneEntryAndAnotherLineUnderItIsAConflict() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "1000.00", null);
        String id = unique("AP");
        given().contentType(ContentType.JSON).body(spend(id, alloc, first + "-07-01", "250.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);
        given().contentType(ContentType.JSON).body(spend(id, alloc, first + "-07-01", "250.00", null))
                .when().post("/api/v1/spend").then().statusCode(200).body("externalId", equalTo(id));
        given().contentType(ContentType.JSON).body(spend(id, alloc, first + "-07-01", "999.00", null))
                .when().post("/api/v1/spend").then().statusCode(409);
        given().when().get("/api/v1/allocations/" + alloc).then().body("spentGbp", equalTo(250.00f));
    }

    @Test
    void reversalsNameTheirEntryAndCannotExceedOrRepeatIt() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "1000.00", null);
        String original = unique("AP");
        given().contentType(ContentType.JSON).body(spend(original, alloc, first + "-07-01", "300.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);
        given().contentType(ContentType.JSON).body(spend(unique("R"), alloc, first + "-07-02", "-300.00", null))
                .when().post("/api/v1/spend").then().statusCode(422).body("errors[0].field", equalTo("reversesExternalId"));
        given().contentType(ContentType.JSON).body(spend(unique("R"), alloc, first + "-07-02", "-300.01", original))
                .when().post("/api/v1/spend").then().statusCode(422).body("errors[0].field", equalTo("amountGbp"));
        given().contentType(ContentType.JSON).body(spend(unique("R"), alloc, first + "-07-02", "-300.00", original))
                .when().post("/api/v1/spend").then().statusCode(201).body("reversesExternalId", equalTo(original));
        given().contentType(ContentType.JSON).body(spend(unique("R"), alloc, first + "-07-03", "-300.00", original))
                .when().post("/api/v1/spend").then().statusCode(409);
        given().when().get("/api/v1/allocations/" + alloc).then().body("spentGbp", equalTo(0.00f));
    }

    @Test
    void variationsAreKeptAndForecastsDriveTheOutturn() {
        String label = year();
        String first = label.substring(0, 4);
        String priority = unique("P");
        String alloc = allocation(label, "1000.00", priority);
        given().contentType(ContentType.JSON).body(FinanceBodies.variation("1200.00", "Cabinet added funds", first + "-09-01").toString())
                .when().post("/api/v1/allocations/" + alloc + "/variations").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("Authorization", TestTokens.bearer("finance@havering.test", "FINANCE_EDITOR"))
                .body(FinanceBodies.variation("1200.00", "Cabinet added funds", first + "-09-01").toString())
                .when().post("/api/v1/allocations/" + alloc + "/variations").then().statusCode(200)
                .body("amountGbp", equalTo(1200.00f)).body("originalAmountGbp", equalTo(1000.00f))
                .body("variations", hasSize(1)).body("variations[0].variedBy", equalTo("finance@havering.test"));
        // Who varied it is a member of staff's name: for callers who may read history, not for a VIEWER.
        given().header("Authorization", TestTokens.bearer("member@havering.test", "VIEWER"))
                .when().get("/api/v1/allocations/" + alloc).then().statusCode(200)
                .body("variations[0].reason", equalTo("Cabinet added funds"))
                .body("variations[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("variedBy")));
        given().header("Authorization", TestTokens.bearer("adviser@dfe.test", "ADVISOR"))
                .when().get("/api/v1/allocations/" + alloc).then().statusCode(200)
                .body("variations[0].variedBy", equalTo("finance@havering.test"));
        given().contentType(ContentType.JSON)
                .body(FinanceBodies.forecast(alloc, first + "-10", "1150.00").toString())
                .when().post("/api/v1/forecasts").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(FinanceBodies.forecast(alloc, first + "-10", "1100.00").toString())
                .when().post("/api/v1/forecasts").then().statusCode(409);
        given().queryParam("financialYear", label).queryParam("groupBy", "priority").when().get("/api/v1/budget-position")
                .then().statusCode(200)
                .body("groups.find { it.key == '" + priority + "' }.forecastOutturnGbp", equalTo(1150.00f))
                .body("groups.find { it.key == '" + priority + "' }.varianceGbp", equalTo(50.00f));
        given().queryParam("priority", priority).when().get("/api/v1/allocations").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].forecastOutturnGbp", equalTo(1150.00f));
        given().queryParam("financialYear", label).queryParam("groupBy", "week").when().get("/api/v1/budget-position")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void spendGroupsByQuarterFromApril() {
        String label = year();
        String first = label.substring(0, 4);
        String second = String.valueOf(Integer.parseInt(first) + 1);
        String alloc = allocation(label, "1000.00", null);
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-06-30", "10.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, second + "-01-15", "5.50", null))
                .when().post("/api/v1/spend").then().statusCode(201);
        given().queryParam("financialYear", label).queryParam("groupBy", "quarter").when().get("/api/v1/budget-position")
                .then().statusCode(200)
                .body("groups.key", equalTo(java.util.List.of("Q1", "Q2", "Q3", "Q4")))
                .body("groups.spentGbp", equalTo(java.util.List.of(10.00f, 0.00f, 0.00f, 5.50f)))
                .body("groups.cumulativeSpentGbp", equalTo(java.util.List.of(10.00f, 10.00f, 10.00f, 15.50f)))
                .body("groups.percentSpent", equalTo(java.util.List.of(1.0f, 1.0f, 1.0f, 1.6f)))
                .body("groups[0].percentOfYearElapsed", equalTo(24.9f))
                .body("groups[3].percentOfYearElapsed", equalTo(100.0f))
                .body("groups[0].allocatedGbp", equalTo(null));
        given().queryParam("financialYear", label).queryParam("groupBy", "month").when().get("/api/v1/budget-position")
                .then().statusCode(200)
                .body("groups", hasSize(12))
                .body("groups[0].key", equalTo(first + "-04")).body("groups[11].key", equalTo(second + "-03"))
                .body("groups[2].spentGbp", equalTo(10.00f)).body("groups[9].spentGbp", equalTo(5.50f))
                .body("groups[8].cumulativeSpentGbp", equalTo(10.00f)).body("groups[11].cumulativeSpentGbp", equalTo(15.50f))
                .body("totals.spentGbp", equalTo(15.50f)).body("totals.allocatedGbp", equalTo(1000.00f));
    }

    @Test
    void oneFigureInUsePerSubject() {
        String subject = unique("subject");
        String a = unique("CTX");
        String b = unique("CTX");
        given().contentType(ContentType.JSON).body(FinanceBodies.contextFigure(a, subject, "1.00").toString()).when().post("/api/v1/context-figures").then().statusCode(201);
        given().contentType(ContentType.JSON).body(FinanceBodies.contextFigure(b, subject, "2.00").toString()).when().post("/api/v1/context-figures").then().statusCode(201);
        given().queryParam("subject", subject).when().get("/api/v1/context-figures").then().statusCode(200)
                .body("items.find { it.ref == '" + a + "' }.inUse", equalTo(false))
                .body("items.find { it.ref == '" + b + "' }.inUse", equalTo(true));
    }

    @Test
    void onlyFinanceEditorsWriteMoney() {
        String label = year();
        given().header("Authorization", TestTokens.bearer("p@x", "PLAN_EDITOR")).contentType(ContentType.JSON)
                .body(FinanceBodies.allocation(unique("A"), label, "OTHER", "1", "x").toString())
                .when().post("/api/v1/allocations").then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("a@x", "ADVISOR")).when().get("/api/v1/finance-summary")
                .then().statusCode(200);
    }
}
