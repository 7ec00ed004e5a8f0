package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
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
    private static final String ALLOCATION = "{\"ref\":\"HOSTILE-AL\",\"financialYear\":\"" + YEAR + "\",\"category\":\"IMPROVEMENT_PLAN\","
            + "\"amountGbp\":1000.00,\"fundingSourceRef\":\"HOSTILE-FS\",\"purpose\":\"Test\",\"approvedBy\":\"Cabinet\","
            + "\"approvedDate\":\"8801-04-01\",\"sourceDocument\":\"doc\",\"priorityRef\":\"P1\",\"actionRef\":\"A-1\"}";
    private static final String FIGURE = "{\"ref\":\"HOSTILE-CF\",\"subject\":\"hostile-subject\",\"description\":\"d\","
            + "\"amountGbp\":-12.50,\"financialYear\":{\"label\":\"" + YEAR + "\"},\"source\":\"s\",\"inUse\":true}";

    @Override
    protected List<ValidWrite> validWrites() {
        if (given().when().get("/api/v1/allocations/HOSTILE-AL").statusCode() == 404) {
            given().contentType(ContentType.JSON).body("{\"label\":\"" + YEAR + "\"}").post("/api/v1/financial-years")
                    .then().statusCode(201);
            given().contentType(ContentType.JSON).body("{\"ref\":\"HOSTILE-FS\",\"name\":\"Council\",\"type\":\"COUNCIL_RESERVES\"}")
                    .post("/api/v1/funding-sources").then().statusCode(201);
            given().contentType(ContentType.JSON).body(ALLOCATION).post("/api/v1/allocations").then().statusCode(201);
            given().contentType(ContentType.JSON).body(FIGURE).post("/api/v1/context-figures").then().statusCode(201);
        }
        String figureTag = given().when().get("/api/v1/context-figures/HOSTILE-CF").then().statusCode(200)
                .extract().header("ETag");
        return List.of(
                new ValidWrite("POST", "/api/v1/financial-years", "{\"label\":\"8803-04\",\"startDate\":\"8803-04-01\","
                        + "\"endDate\":\"8804-03-31\"}"),
                new ValidWrite("POST", "/api/v1/financial-years/" + YEAR + "/closed-months", "{\"month\":\"8801-06\"}"),
                new ValidWrite("POST", "/api/v1/funding-sources", "{\"ref\":\"HOSTILE-FS2\",\"name\":\"Direction\","
                        + "\"type\":\"CAPITALISATION_DIRECTION\",\"repaymentTermYears\":20,\"source\":\"s\"}"),
                new ValidWrite("POST", "/api/v1/allocations", ALLOCATION.replace("HOSTILE-AL\"", "HOSTILE-AL2\"")),
                new ValidWrite("POST", "/api/v1/allocations/HOSTILE-AL/variations",
                        "{\"amountGbp\":1200.00,\"reason\":\"Cabinet added funds\",\"date\":\"8801-09-01\"}"),
                new ValidWrite("POST", "/api/v1/spend", "{\"externalId\":\"HOSTILE-SP\",\"allocationRef\":\"HOSTILE-AL\","
                        + "\"date\":\"8801-07-01\",\"amountGbp\":125.50,\"description\":\"Agency social workers\","
                        + "\"supplier\":\"Supplier Ltd\"}"),
                new ValidWrite("POST", "/api/v1/forecasts", "{\"allocationRef\":\"HOSTILE-AL\",\"month\":\"8801-10\","
                        + "\"forecastOutturnGbp\":1150.00}"),
                new ValidWrite("POST", "/api/v1/context-figures", FIGURE.replace("HOSTILE-CF\"", "HOSTILE-CF2\"")
                        .replace("\"inUse\":true", "\"inUse\":false")),
                new ValidWrite("PUT", "/api/v1/context-figures/HOSTILE-CF", FIGURE, Map.of("If-Match", figureTag)));
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
