package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.csit.tracker.finance.LedgerRulesTest.allocation;
import static uk.csit.tracker.finance.LedgerRulesTest.spend;
import static uk.csit.tracker.finance.LedgerRulesTest.unique;
import static uk.csit.tracker.finance.LedgerRulesTest.year;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A financial year's label, its dates, its months and quarters, and its closed months. */
@QuarkusTest
class FinancialYearRulesTest {

    @Test
    void monthsAndQuartersDeriveFromTheLabel() {
        String label = year();
        int first = Integer.parseInt(label.substring(0, 4));
        int second = first + 1;
        given().contentType(ContentType.JSON).body(FinanceBodies.closedMonth(first + "-07").toString())
                .when().post("/api/v1/financial-years/" + label + "/closed-months").then().statusCode(200);
        given().when().get("/api/v1/financial-years/" + label).then().statusCode(200)
                .body("label", equalTo(label))
                .body("startDate", equalTo(first + "-04-01")).body("endDate", equalTo(second + "-03-31"))
                .body("months", hasSize(12))
                .body("months.month", equalTo(List.of(first + "-04", first + "-05", first + "-06", first + "-07",
                        first + "-08", first + "-09", first + "-10", first + "-11", first + "-12", second + "-01",
                        second + "-02", second + "-03")))
                .body("months.quarter", equalTo(List.of("Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3", "Q4",
                        "Q4", "Q4")))
                .body("months[1].endDate", equalTo(first + "-05-31"))
                .body("months[10].endDate", equalTo(java.time.YearMonth.of(second, 2).atEndOfMonth().toString()))
                .body("months.findAll { it.closed }.month", equalTo(List.of(first + "-07")))
                .body("closedMonths", equalTo(List.of(first + "-07")));
    }

    @Test
    void labelsThatAreNotAFinancialYearAreRefusedWithTheReason() {
        // Not of the form YYYY-YY: the contract does not allow it (400). Of the form but no financial year: a rule (422).
        for (String label : List.of("2024-2025", "24-25", "2024/25", "")) {
            given().contentType(ContentType.JSON).body(FinanceBodies.financialYear(label).toString()).when().post("/api/v1/financial-years")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("label"));
        }
        for (String label : List.of("2024-26", "2024-24")) {
            given().contentType(ContentType.JSON).body(FinanceBodies.financialYear(label).toString()).when().post("/api/v1/financial-years")
                    .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("label"));
        }
        given().contentType(ContentType.JSON).body(FinanceBodies.financialYear("2024-26").toString()).when().post("/api/v1/financial-years")
                .then().body("errors[0].message", containsString("2024-25"));
        given().contentType(ContentType.JSON).body(FinanceBodies.financialYear("4024-25").put("endDate", "4025-04-30").toString())
                .when().post("/api/v1/financial-years").then().statusCode(422).body("errors[0].field", equalTo("endDate"));
        given().when().get("/api/v1/budget-position?financialYear=2024-2025").then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
    }

    @Test
    void spendIsTakenOnTheYearsFirstAndLastDayButNotOutsideIt() {
        String label = year();
        int first = Integer.parseInt(label.substring(0, 4));
        String alloc = allocation(label, "100.00", null);
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-04-01", "1.00", null))
                .when().post("/api/v1/spend").then().statusCode(201).body("financialYear.label", equalTo(label))
                .body("financialYear.startDate", equalTo(first + "-04-01"));
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, (first + 1) + "-03-31", "1.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, (first + 1) + "-04-01", "1.00", null))
                .when().post("/api/v1/spend").then().statusCode(422).body("errors[0].field", equalTo("date"));
    }

    @Test
    void closingAMonthOutsideTheYearOrReopeningAnOpenOneIsRefused() {
        String label = year();
        int first = Integer.parseInt(label.substring(0, 4));
        given().contentType(ContentType.JSON).body(FinanceBodies.closedMonth(first + "-03").toString())
                .when().post("/api/v1/financial-years/" + label + "/closed-months").then().statusCode(422)
                .body("errors[0].field", equalTo("month"));
        given().contentType(ContentType.JSON).body(FinanceBodies.closedMonth(first + "-13").toString())
                .when().post("/api/v1/financial-years/" + label + "/closed-months").then().statusCode(422);
        given().when().delete("/api/v1/financial-years/" + label + "/closed-months/" + first + "-05").then().statusCode(404);
        given().contentType(ContentType.JSON).body(FinanceBodies.closedMonth(first + "-05").toString())
                .when().post("/api/v1/financial-years/9998-99/closed-months").then().statusCode(404);
    }
}
