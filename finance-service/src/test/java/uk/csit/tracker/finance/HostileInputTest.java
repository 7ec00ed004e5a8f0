package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.csit.tracker.kit.testing.HostileCases.ValidWrite;
import uk.csit.tracker.kit.testing.HostileInputSuite;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {

    private static final String YEAR = "8801-02";
    private static final ObjectNode ALLOCATION = FinanceBodies.allocation("HOSTILE-AL", YEAR, "IMPROVEMENT_PLAN", "1000.00",
                    "Test").put("fundingSourceRef", "HOSTILE-FS").put("approvedBy", "Cabinet").put("approvedDate", "8801-04-01")
            .put("sourceDocument", "doc").put("priorityRef", "P1").put("actionRef", "A-1");
    private static final ObjectNode FIGURE = FinanceBodies.contextFigure("HOSTILE-CF", "hostile-subject", "-12.50");

    static {
        FIGURE.set("financialYear", FinanceBodies.financialYear(YEAR));
    }

    @Override
    protected List<ValidWrite> validWrites() {
        if (given().when().get("/api/v1/allocations/HOSTILE-AL").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(FinanceBodies.financialYear(YEAR).toString()).post("/api/v1/financial-years")
                    .then().statusCode(201);
            given().contentType(ContentType.JSON).body(FinanceBodies.fundingSource("HOSTILE-FS", "Council", "COUNCIL_RESERVES").toString())
                    .post("/api/v1/funding-sources").then().statusCode(201);
            given().contentType(ContentType.JSON).body(ALLOCATION.toString()).post("/api/v1/allocations").then().statusCode(201);
            given().contentType(ContentType.JSON).body(FIGURE.toString()).post("/api/v1/context-figures").then().statusCode(201);
        }
        String figureTag = given().when().get("/api/v1/context-figures/HOSTILE-CF").then().statusCode(200)
                .extract().header("ETag");
        return List.of(
                new ValidWrite("POST", "/api/v1/financial-years", FinanceBodies.financialYear("8803-04")
                        .put("startDate", "8803-04-01").put("endDate", "8804-03-31").toString()),
                new ValidWrite("POST", "/api/v1/financial-years/" + YEAR + "/closed-months", FinanceBodies.closedMonth("8801-06").toString()),
                new ValidWrite("POST", "/api/v1/funding-sources", FinanceBodies.fundingSource("HOSTILE-FS2", "Direction",
                        "CAPITALISATION_DIRECTION").put("repaymentTermYears", 20).put("source", "s")
                        .toString()),
                new ValidWrite("POST", "/api/v1/allocations", ALLOCATION.deepCopy().put("ref", "HOSTILE-AL2").toString()),
                new ValidWrite("POST", "/api/v1/allocations/HOSTILE-AL/variations",
                        FinanceBodies.variation("1200.00", "Cabinet added funds", "8801-09-01").toString()),
                new ValidWrite("POST", "/api/v1/spend", FinanceBodies.spend("HOSTILE-SP", "HOSTILE-AL", "8801-07-01", "125.50")
                        .toString()),
                new ValidWrite("POST", "/api/v1/forecasts", FinanceBodies.forecast("HOSTILE-AL", "8801-10", "1150.00").toString()),
                new ValidWrite("POST", "/api/v1/context-figures", FIGURE.deepCopy().put("ref", "HOSTILE-CF2").put("inUse", false)
                        .toString()),
                new ValidWrite("PUT", "/api/v1/context-figures/HOSTILE-CF", FIGURE.toString(), Map.of("If-Match", figureTag)));
    }

    /** A financial year's label in any other form than 2024-25, and money with a fraction of a penny. */
    @Override
    protected List<JsonNode> domainBadValues(String field, JsonNode schema) {
        if (field.toLowerCase().contains("financialyear") || field.equals("label")) {
            return Stream.of("2024-26", "2024-24", "2025-25", "24-25", "2024/25", "20242025")
                    .<JsonNode>map(TextNode::valueOf).toList();
        }
        if (field.endsWith("Gbp")) {
            return List.of(DecimalNode.valueOf(new BigDecimal("12.505")), DecimalNode.valueOf(new BigDecimal("0.001")));
        }
        return List.of();
    }

    @Override
    protected List<String> lists() {
        return List.of("/api/v1/financial-years", "/api/v1/funding-sources", "/api/v1/allocations", "/api/v1/spend",
                "/api/v1/forecasts", "/api/v1/context-figures", "/api/v1/budget-position",
                "/api/v1/allocations/HOSTILE-AL/history");
    }

    @Override
    protected List<String> items() {
        return List.of("/api/v1/financial-years/{ref}", "/api/v1/funding-sources/{ref}", "/api/v1/allocations/{ref}",
                "/api/v1/spend/{ref}", "/api/v1/context-figures/{ref}", "/api/v1/allocations/{ref}/history");
    }
}
