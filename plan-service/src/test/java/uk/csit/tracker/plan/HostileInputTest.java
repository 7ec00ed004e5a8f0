package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.kit.testing.HostileCases.ValidWrite;
import uk.csit.tracker.kit.testing.HostileInputSuite;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {

    private static final String PRIORITY = "{\"ref\":\"HOSTILE-P\",\"planRef\":\"HOSTILE-PLAN\",\"title\":\"Target\","
            + "\"lead\":\"Lead\",\"judgementArea\":\"HELP_AND_PROTECTION\",\"recommendationRefs\":[\"ILACS-2023-R1\"],\"source\":\"test\"}";
    private static final String ACTION = "{\"ref\":\"HOSTILE-A\",\"priorityRef\":\"HOSTILE-P\",\"title\":\"Target\","
            + "\"description\":\"d\",\"owner\":{\"name\":\"Owner\",\"team\":\"Team\"},\"startDate\":\"2025-04-01\","
            + "\"dueDate\":\"2026-03-31\",\"status\":\"IN_PROGRESS\",\"percentComplete\":10.5,\"evidenceLinks\":[\"https://e.example\"],"
            + "\"successMeasures\":[\"m\"],\"kpiCodes\":[\"SW_CASELOAD\"],\"source\":\"test\"}";
    private static final String PLAN = "{\"ref\":\"HOSTILE-PLAN\",\"title\":\"Target\",\"planVersion\":\"1\",\"status\":\"DRAFT\","
            + "\"approvedBy\":\"Cabinet\",\"approvedDate\":\"2024-03-01\",\"approvedDatePrecision\":\"DAY\","
            + "\"interventionRef\":\"DFE-IN-2024\",\"submittedToDfe\":\"2024-03-02\",\"submittedToOfsted\":\"2024-03-03\",\"source\":\"s\"}";

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Override
    protected List<ValidWrite> validWrites() {
        if (given().when().get("/api/v1/actions/HOSTILE-A").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(PLAN).post("/api/v1/plans").then().statusCode(201);
            given().contentType(ContentType.JSON).body(PRIORITY).post("/api/v1/priorities").then().statusCode(201);
            given().contentType(ContentType.JSON).body(ACTION).post("/api/v1/actions").then().statusCode(201);
            given().contentType(ContentType.JSON).body("{\"ref\":\"HOSTILE-B\",\"type\":\"SCRUTINY\",\"name\":\"Board\"}")
                    .post("/api/v1/boards").then().statusCode(201);
            given().contentType(ContentType.JSON).body("{\"code\":\"HOSTILE_K\",\"name\":\"K\",\"unit\":\"%\",\"polarity\":"
                    + "\"LOWER_IS_BETTER\",\"frequency\":\"MONTHLY\",\"source\":\"LOCAL_MI\",\"target\":10}")
                    .post("/api/v1/kpis").then().statusCode(201);
        }
        return List.of(
                new ValidWrite("POST", "/api/v1/plans", PLAN.replace("HOSTILE-PLAN", "HOSTILE-PLAN2")),
                new ValidWrite("PUT", "/api/v1/plans/HOSTILE-PLAN", PLAN, Map.of("If-Match", etag("/api/v1/plans/HOSTILE-PLAN"))),
                new ValidWrite("POST", "/api/v1/priorities", PRIORITY.replace("HOSTILE-P\"", "HOSTILE-P2\"")),
                new ValidWrite("PUT", "/api/v1/priorities/HOSTILE-P", PRIORITY,
                        Map.of("If-Match", etag("/api/v1/priorities/HOSTILE-P"))),
                new ValidWrite("POST", "/api/v1/actions", ACTION.replace("HOSTILE-A\"", "HOSTILE-A2\"")),
                new ValidWrite("PUT", "/api/v1/actions/HOSTILE-A", ACTION, Map.of("If-Match", etag("/api/v1/actions/HOSTILE-A"))),
                new ValidWrite("POST", "/api/v1/actions/HOSTILE-A/progress-updates",
                        "{\"date\":\"2025-06-30\",\"narrative\":\"n\",\"rag\":\"GREEN\",\"percentComplete\":20,\"status\":\"IN_PROGRESS\"}"),
                new ValidWrite("POST", "/api/v1/actions/HOSTILE-A/milestones",
                        "{\"title\":\"m\",\"dueDate\":\"2025-09-30\",\"completedDate\":\"2025-09-01\"}"),
                new ValidWrite("POST", "/api/v1/boards", "{\"ref\":\"HOSTILE-B2\",\"type\":\"CABINET\",\"name\":\"Board\","
                        + "\"chair\":\"Chair\",\"source\":\"s\"}"),
                new ValidWrite("POST", "/api/v1/boards/HOSTILE-B/meetings", "{\"ref\":\"HOSTILE-M\",\"date\":\"2025-01-15\","
                        + "\"decisions\":\"d\",\"actionsReviewed\":[\"HOSTILE-A\"],\"source\":\"s\"}"),
                new ValidWrite("POST", "/api/v1/kpis", "{\"code\":\"HOSTILE_K2\",\"name\":\"K\",\"unit\":\"%\",\"polarity\":"
                        + "\"HIGHER_IS_BETTER\",\"frequency\":\"QUARTERLY\",\"source\":\"CIN_CENSUS\",\"target\":10,\"notes\":\"n\"}"),
                new ValidWrite("POST", "/api/v1/kpis/HOSTILE_K/values", "{\"periodStart\":\"2025-04-01\",\"periodEnd\":"
                        + "\"2025-04-30\",\"periodLabel\":\"2025-04\",\"value\":12.5,\"numerator\":25,\"denominator\":200,"
                        + "\"target\":10,\"england\":11,\"london\":12,\"statisticalNeighbours\":13,\"source\":\"s\"}"));
    }

    @Override
    protected List<String> lists() {
        return List.of("/api/v1/actions", "/api/v1/plans", "/api/v1/priorities", "/api/v1/boards", "/api/v1/kpis",
                "/api/v1/actions/HOSTILE-A/progress-updates", "/api/v1/kpis/HOSTILE_K/values", "/api/v1/actions/HOSTILE-A/history");
    }

    @Override
    protected List<String> items() {
        return List.of("/api/v1/actions/{ref}", "/api/v1/plans/{ref}", "/api/v1/priorities/{ref}", "/api/v1/boards/{ref}",
                "/api/v1/kpis/{ref}", "/api/v1/actions/{ref}/progress-updates", "/api/v1/kpis/{ref}/values");
    }
}
