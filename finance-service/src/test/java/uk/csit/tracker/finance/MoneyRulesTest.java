package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.csit.tracker.finance.LedgerRulesTest.allocation;
import static uk.csit.tracker.finance.LedgerRulesTest.spend;
import static uk.csit.tracker.finance.LedgerRulesTest.unique;
import static uk.csit.tracker.finance.LedgerRulesTest.year;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money is exact: bad amounts on every write are a 400 naming the field, and answers carry two decimals. */
@QuarkusTest
class MoneyRulesTest {

    private static final List<String> NEVER_MONEY = List.of("10.123", "\"10.00\"", "1000000000000.00", "1e400", "true",
            "null");

    @Test
    void badSpendAmountsAreRefusedNamingTheField() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "100.00", null);
        for (String amount : concat(NEVER_MONEY, List.of("-1000000000000.00"))) {
            given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-05-01", amount, null))
                    .when().post("/api/v1/spend").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("amountGbp"));
        }
        // Money, but nothing spent: a rule of spend (422), not a malformed amount.
        for (String amount : List.of("0", "0.00")) {
            given().contentType(ContentType.JSON).body(spend(unique("S"), alloc, first + "-05-01", amount, null))
                    .when().post("/api/v1/spend").then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("amountGbp"));
        }
        given().when().get("/api/v1/allocations/" + alloc).then().body("spentGbp", equalTo(0.00f));
    }

    @Test
    void badForecastsAndVariationsAreRefusedNamingTheField() {
        String label = year();
        String first = label.substring(0, 4);
        String alloc = allocation(label, "100.00", null);
        for (String amount : concat(NEVER_MONEY, List.of("-0.01"))) {
            given().contentType(ContentType.JSON)
                    .body(FinanceBodies.forecast(alloc, first + "-06", amount).toString())
                    .when().post("/api/v1/forecasts").then().statusCode(400).body("errors.field", hasItem("forecastOutturnGbp"));
        }
        // A forecast of nothing is meaningful (the money will not be spent); it is kept as 0.00.
        given().contentType(ContentType.JSON)
                .body(FinanceBodies.forecast(alloc, first + "-06", "0").toString())
                .when().post("/api/v1/forecasts").then().statusCode(201).body("forecastOutturnGbp", equalTo(0.00f));
        given().contentType(ContentType.JSON)
                .body(FinanceBodies.forecast(alloc, (Integer.parseInt(first) + 1) + "-04", "1").toString())
                .when().post("/api/v1/forecasts").then().statusCode(422).body("errors[0].field", equalTo("month"));
        for (String amount : concat(NEVER_MONEY, List.of("0", "-5.00"))) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(FinanceBodies.variation(amount, "r", first + "-09-01").toString())
                    .when().post("/api/v1/allocations/" + alloc + "/variations").then().statusCode(400)
                    .body("errors.field", hasItem("amountGbp"));
        }
        String body = given().when().get("/api/v1/allocations/" + alloc).then().statusCode(200)
                .body("variations", org.hamcrest.Matchers.hasSize(0)).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"amountGbp\":100.00,") && body.contains("\"forecastOutturnGbp\":0.00,")
                && body.contains("\"varianceGbp\":100.00,"), "two decimals always: " + body);
    }

    @Test
    void contextFiguresTakeExactMoneyOnly() {
        for (String amount : NEVER_MONEY) {
            given().contentType(ContentType.JSON)
                    .body(FinanceBodies.contextFigure(unique("CTX"), unique("s"), amount).toString())
                    .when().post("/api/v1/context-figures").then().statusCode(400).body("errors.field", hasItem("amountGbp"));
        }
        given().contentType(ContentType.JSON)
                .body(FinanceBodies.contextFigure(unique("CTX"), unique("s"), "1")
                        .set("financialYear", FinanceBodies.financialYear("2025-2026")).toString())
                .when().post("/api/v1/context-figures").then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
