package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.csit.tracker.finance.LedgerRulesTest.allocation;
import static uk.csit.tracker.finance.LedgerRulesTest.spend;
import static uk.csit.tracker.finance.LedgerRulesTest.unique;
import static uk.csit.tracker.finance.LedgerRulesTest.year;
import static uk.csit.tracker.finance.StatementCounter.statementsOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.finance.service.AllocationService;
import uk.csit.tracker.finance.service.SpendService;
import uk.csit.tracker.kit.paging.PageRequest;

/** A page of allocations or of spend costs the same number of queries whatever its size (the service guide's rule). */
@QuarkusTest
class ListReadsTest {

    @Inject
    AllocationService allocations;

    @Inject
    SpendService spend;

    @Test
    void aPageOfAllocationsCostsTheSameQueriesForTwoOrTwelve() {
        String label = year();
        addAllocations(label, 2);
        int forTwo = statementsOf(() -> allocations.allocations(label, null, List.of(), null, PageRequest.first(50)));
        addAllocations(label, 10);
        int forTwelve = statementsOf(() -> allocations.allocations(label, null, List.of(), null, PageRequest.first(50)));
        assertEquals(12, allocations.allocations(label, null, List.of(), null, PageRequest.first(50)).items().size());
        assertTrue(forTwo > 2, "the counter sees the page's statements");
        assertEquals(forTwo, forTwelve, "statements for a page of 2 allocations, then of 12");
    }

    @Test
    void aPageOfSpendCostsTheSameQueriesForTwoOrTwelve() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = addAllocations(label, 1);
        String other = addAllocations(label, 1);
        int forTwo = statementsOf(() -> spend.spend(null, label, PageRequest.first(50)));
        record(alloc, first, 5);
        record(other, first, 5);
        int forTwelve = statementsOf(() -> spend.spend(null, label, PageRequest.first(50)));
        assertEquals(12, spend.spend(null, label, PageRequest.first(50)).items().size());
        assertTrue(forTwo > 2, "the counter sees the page's statements");
        assertEquals(forTwo, forTwelve, "statements for a page of 2 spend entries, then of 12");
    }

    /** Allocations with what a page shows beside each: a line of spend, a forecast and a variation; the last one's ref. */
    private static String addAllocations(String label, int count) {
        String first = label.substring(0, 4);
        String ref = null;
        for (int i = 0; i < count; i++) {
            ref = allocation(label, "1000.00", null);
            record(ref, first, 1);
            given().contentType(ContentType.JSON)
                    .body(FinanceBodies.forecast(ref, first + "-06", "900.00").toString())
                    .when().post("/api/v1/forecasts").then().statusCode(201);
            String etag = given().when().get("/api/v1/allocations/" + ref).then().statusCode(200).extract().header("ETag");
            given().contentType(ContentType.JSON).header("If-Match", etag)
                    .body(FinanceBodies.variation("1200.00", "Second tranche", first + "-07-01").toString())
                    .when().post("/api/v1/allocations/" + ref + "/variations").then().statusCode(200);
        }
        return ref;
    }

    private static void record(String allocation, String firstYear, int lines) {
        for (int i = 0; i < lines; i++) {
            given().contentType(ContentType.JSON).body(spend(unique("S"), allocation, firstYear + "-05-01", "10.00", null))
                    .when().post("/api/v1/spend").then().statusCode(201);
        }
    }
}
