package uk.csit.tracker.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.launcher.ServiceModule;

/**
 * The money from the sources as the packaged finance-service applies it at start-up ({@code tracker.seed.enabled}),
 * read back through the service's own API. It reads the run's seeded system that no test
 * changes, as {@link HaveringEndToEndTest} does.
 */
class HaveringFinanceSeedTest extends OnTheSeedAsItWas {

    private RequestSpecification given() {
        return atService(ServiceModule.FINANCE);
    }

    @Test
    void the2024To25AllocationsAndTheirPosition() {
        given().queryParam("financialYear", "2024-25").when().get("/api/v1/budget-position")
                .then().statusCode(200)
                .body("financialYear.startDate", equalTo("2024-04-01"))
                .body("financialYear.endDate", equalTo("2025-03-31"))
                .body("totals.allocatedGbp", equalTo(16000000.00f))
                .body("totals.spentGbp", equalTo(0.0f))
                .body("percentOfYearElapsed", equalTo(100.0f))
                .body("groups.key", equalTo(List.of("DEMAND_GROWTH", "IMPROVEMENT_PLAN")));
    }

    @Test
    void theMay2019ProgrammeIsHeldWithItsApproval() {
        given().when().get("/api/v1/allocations/ALLOC-2019-20-001").then().statusCode(200)
                .body("amountGbp", equalTo(750000.00f)).body("approvedBy", equalTo("Cabinet"))
                .body("approvedDate", equalTo("2019-05-09")).body("financialYear.label", equalTo("2019-20"));
    }

    @Test
    void disagreeingSourcesAreBothHeldAndOneIsInUse() {
        given().queryParam("subject", "children-services-extra-2024-25").when().get("/api/v1/context-figures")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items.find { it.inUse }.amountGbp", equalTo(11000000.00f))
                .body("items.find { !it.inUse }.amountGbp", equalTo(17000000.00f));
        given().when().get("/api/v1/context-figures/CTX-DEFICIT-2025-26").then().statusCode(200)
                .body("amountGbp", equalTo(75000000.00f)).body("financialYear.startDate", equalTo("2025-04-01"));
    }

    @Test
    void theSeedRunAgainAddsNothingAndEveryRowCarriesItsSource() throws Exception {
        String sql = java.nio.file.Files.readString(
                java.nio.file.Path.of("../finance-service/src/main/resources/db/seed/havering.sql"));
        String counts = "select (select count(*) from financial_year) || '/' || (select count(*) from funding_source)"
                + " || '/' || (select count(*) from allocation) || '/' || (select count(*) from context_figure)"
                + " || '/' || (select count(*) from spend_entry where external_id like 'SEED%')";
        try (var connection = java.sql.DriverManager.getConnection(system.jdbcUrl(ServiceModule.FINANCE),
                system.databaseUser(), system.databasePassword()); var statement = connection.createStatement()) {
            var before = statement.executeQuery(counts);
            before.next();
            String was = before.getString(1);
            statement.execute(sql);
            var after = statement.executeQuery(counts);
            after.next();
            org.junit.jupiter.api.Assertions.assertEquals(was, after.getString(1), "the seed is safe to run twice");
            var unsourced = statement.executeQuery("select (select count(*) from allocation where ref like 'ALLOC-20__-__-%'"
                    + " and (source_document is null or source_document = '')) + (select count(*) from context_figure"
                    + " where source = '') + (select count(*) from funding_source where source is null)");
            unsourced.next();
            org.junit.jupiter.api.Assertions.assertEquals(0, unsourced.getInt(1), "every seeded row names its source");
        }
        // No spend lines are invented: the sources give none.
        given().queryParam("financialYear", "2024-25").when().get("/api/v1/spend").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().when().get("/api/v1/financial-years/2019-20").then().statusCode(200)
                .body("startDate", equalTo("2019-04-01")).body("endDate", equalTo("2020-03-31"));
        given().when().get("/api/v1/financial-years/2020-21").then().statusCode(200);
        given().when().get("/api/v1/funding-sources").then().statusCode(200)
                .body("items.find { it.type == 'CAPITALISATION_DIRECTION' }.repaymentTermYears", equalTo(20));
        given().queryParam("subject", "improvement-plan-cost").when().get("/api/v1/context-figures").then()
                .body("items.findAll { it.inUse }.amountGbp", equalTo(List.of(5000000.00f)))
                .body("items.findAll { !it.inUse }.amountGbp", equalTo(List.of(4300000.00f)));
    }

    @Test
    void theSummaryNamesEveryYearAndTheCurrentOne() {
        given().when().get("/api/v1/finance-summary").then().statusCode(200)
                .body("years", hasSize(4))
                .body("years.find { it.financialYear.label == '2024-25' }.allocationCount", equalTo(2))
                .body("years.find { it.financialYear.label == '2024-25' }.allocatedGbp", equalTo(16000000.00f));
    }
}
