package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.csit.tracker.finance.LedgerRulesTest.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.http.QueryValues;

/** The finance summary as at the end of a past day: money approved, spent and forecast by then. */
@QuarkusTest
class FinanceAsOfTest {

    @Inject
    DataSource dataSource;

    /** The next past year a test may take: no seed or other test uses the 1900s, and asOf can reach them. */
    private static final AtomicInteger NEXT_PAST_YEAR = new AtomicInteger(1901);

    /** A year of the test's own in the past, the next free one from 1901-02 on. */
    static String pastYear() {
        return LedgerRulesTest.freeYear(NEXT_PAST_YEAR);
    }

    static Map<String, Object> year(String asOf, String label) {
        JsonPath summary = given().queryParam("asOf", asOf).when().get("/api/v1/finance-summary").then().statusCode(200)
                .body("asOf", equalTo(asOf)).extract().jsonPath();
        return summary.getMap("years.find { it.financialYear.label == '" + label + "' }");
    }

    @Test
    void anAllocationRecordedTodayIsNotInAPastPosition() {
        String label = pastYear();
        int first = Integer.parseInt(label.substring(0, 4));
        given().contentType(ContentType.JSON)
                .body(FinanceBodies.allocation(unique("ALLOC"), label, "IMPROVEMENT_PLAN", "1000.00", "As of").toString())
                .when().post("/api/v1/allocations").then().statusCode(201);
        // The system did not know of it then: the position as it stood is rebuilt from what was recorded by then.
        assertEquals(0,
                ((Number) year(first + "-07-01", label).get("allocationCount")).intValue());
        assertEquals(1,
                ((Number) year(LocalDate.now(QueryValues.ENGLAND).toString(), label)
                        .get("allocationCount")).intValue());
    }

    @Test
    void moneyCountsFromTheDayItWasApprovedSpentOrForecast() throws Exception {
        // Recorded before history was kept (as the seed is): approved on 1 May, spent in June and September.
        String label = pastYear();
        int first = Integer.parseInt(label.substring(0, 4));
        String ref = unique("ALLOC");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into allocation (ref, financial_year_id, category, amount, original_amount, purpose,
                                            approved_by, approved_date)
                    select '%s', id, 'IMPROVEMENT_PLAN', 1000.00, 1000.00, 'As of', 'Cabinet', date '%d-05-01'
                      from financial_year where label = '%s'""".formatted(ref, first, label));
            s.executeUpdate("""
                    insert into spend_entry (external_id, allocation_id, spend_date, amount, description)
                    select '%s-1', id, date '%d-06-10', 500.00, 'Agency social workers' from allocation where ref = '%s'
                    union all
                    select '%s-2', id, date '%d-09-10', 200.00, 'Agency social workers' from allocation where ref = '%s'
                    """.formatted(ref, first, ref, ref, first, ref));
        }

        assertNull(year(first + "-03-31", label),
                "a year not begun by then is not in the summary");
        assertMoney("0.00", "0.00", year(first + "-04-30", label));
        assertMoney("1000.00", "500.00", year(first + "-07-01", label));
        assertMoney("1000.00", "700.00", year((first + 1) + "-03-31", label));
        given().queryParam("asOf", (first + 1) + "-03-31").when().get("/api/v1/finance-summary").then()
                .body("currentFinancialYear.label", equalTo(label));
        given().queryParam("asOf", "tomorrow").when().get("/api/v1/finance-summary").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }

    private static void assertMoney(String allocated, String spent, Map<String, Object> year) {
        assertEquals(new BigDecimal(allocated),
                new BigDecimal(year.get("allocatedGbp").toString()).setScale(2), "allocated: " + year);
        assertEquals(new BigDecimal(spent),
                new BigDecimal(year.get("spentGbp").toString()).setScale(2), "spent: " + year);
    }
}
