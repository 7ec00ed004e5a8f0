package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static uk.csit.tracker.finance.LedgerRulesTest.allocation;
import static uk.csit.tracker.finance.LedgerRulesTest.spend;
import static uk.csit.tracker.finance.LedgerRulesTest.unique;
import static uk.csit.tracker.finance.LedgerRulesTest.year;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Percent spent against percent of the year gone, with "today" set by an injected clock. */
@QuarkusTest
class YearElapsedTest {

    static void today(LocalDate date) {
        QuarkusMock.installMockForType(Clock.fixed(date.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), Clock.class);
    }

    @AfterEach
    void realClock() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    @Test
    void theYearGoneIsCountedInDaysFromTheFirstOfApril() {
        String label = year();
        int first = Integer.parseInt(label.substring(0, 4));
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(first, 4, 1), LocalDate.of(first + 1, 4, 1));
        String alloc = allocation(label, "400.00", null);
        given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-04-02", "100.00", null))
                .when().post("/api/v1/spend").then().statusCode(201);

        today(LocalDate.of(first, 3, 31));
        given().queryParam("financialYear", label).when().get("/api/v1/budget-position").then().statusCode(200)
                .body("percentOfYearElapsed", equalTo(0.0f)).body("totals.percentSpent", equalTo(25.0f));
        today(LocalDate.of(first, 4, 1));
        given().queryParam("financialYear", label).when().get("/api/v1/budget-position").then()
                .body("percentOfYearElapsed", equalTo(0.3f));
        // 30 September is day 183 of the year.
        today(LocalDate.of(first, 9, 30));
        float half = new java.math.BigDecimal(18300).divide(java.math.BigDecimal.valueOf(days), 1,
                java.math.RoundingMode.HALF_UP).floatValue();
        given().queryParam("financialYear", label).when().get("/api/v1/budget-position").then()
                .body("percentOfYearElapsed", equalTo(half));
        given().when().get("/api/v1/finance-summary").then().statusCode(200)
                .body("currentFinancialYear.label", equalTo(label))
                .body("currentFinancialYear.startDate", equalTo(first + "-04-01"))
                .body("currentFinancialYear.endDate", equalTo((first + 1) + "-03-31"))
                .body("years.find { it.financialYear.label == '" + label + "' }.percentOfYearElapsed", equalTo(half))
                .body("years.find { it.financialYear.label == '" + label + "' }.spentGbp", equalTo(100.00f));
        // Without financialYear, the position is today's year.
        given().when().get("/api/v1/budget-position").then().statusCode(200).body("financialYear.label", equalTo(label));
        today(LocalDate.of(first + 1, 4, 1));
        given().queryParam("financialYear", label).when().get("/api/v1/budget-position").then()
                .body("percentOfYearElapsed", equalTo(100.0f));
    }

    @Test
    void theCurrentYearIsNamedEvenWhenNothingIsRecordedForIt() {
        // 15 January 9101 falls in 9100-01, which no test records.
        today(LocalDate.of(9101, 1, 15));
        given().when().get("/api/v1/finance-summary").then().statusCode(200)
                .body("currentFinancialYear.label", equalTo("9100-01"))
                .body("currentFinancialYear.startDate", equalTo("9100-04-01"))
                .body("currentFinancialYear.endDate", equalTo("9101-03-31"));
        given().when().get("/api/v1/budget-position").then().statusCode(404).contentType("application/problem+json");
    }
}
