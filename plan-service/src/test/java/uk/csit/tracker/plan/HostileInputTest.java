package uk.csit.tracker.plan;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.kit.testing.HostileCases.ValidWrite;
import uk.csit.tracker.kit.testing.HostileInputSuite;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {

    private static final ObjectNode PLAN = PlanBodies.plan("HOSTILE-PLAN", "Target").put("planVersion", "1")
            .put("status", "DRAFT").put("approvedBy", "Cabinet").put("approvedDate", "2024-03-01")
            .put("approvedDatePrecision", "DAY").put("interventionRef", "DFE-IN-2024").put("submittedToDfe", "2024-03-02")
            .put("submittedToOfsted", "2024-03-03").put("source", "s");
    private static final ObjectNode PRIORITY = PlanBodies.priority("HOSTILE-P", "Target", "ILACS-2023-R1")
            .put("planRef", "HOSTILE-PLAN").put("lead", "Lead").put("judgementArea", "HELP_AND_PROTECTION")
            .put("source", "test");
    private static final ObjectNode ACTION = PlanBodies.action("HOSTILE-A", "HOSTILE-P", "Target", "IN_PROGRESS", "10.5",
                    LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31")).put("description", "d")
            .put("source", "test");

    static {
        ACTION.putObject("owner").put("name", "Owner").put("team", "Team");
        ACTION.set("evidenceLinks", PlanBodies.strings("https://e.example"));
        ACTION.set("successMeasures", PlanBodies.strings("m"));
        ACTION.set("kpiCodes", PlanBodies.strings("SW_CASELOAD"));
    }

    /** One of the bodies above as another record: the same with another ref. */
    private static String another(ObjectNode body, String ref) {
        return body.deepCopy().put("ref", ref).toString();
    }

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Override
    protected List<ValidWrite> validWrites() {
        if (given().when().get("/api/v1/actions/HOSTILE-A").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(PLAN.toString()).post("/api/v1/plans").then().statusCode(201);
            given().contentType(ContentType.JSON).body(PRIORITY.toString()).post("/api/v1/priorities").then().statusCode(201);
            given().contentType(ContentType.JSON).body(ACTION.toString()).post("/api/v1/actions").then().statusCode(201);
            given().contentType(ContentType.JSON).body(PlanBodies.board("HOSTILE-B", "SCRUTINY", "Board").toString())
                    .post("/api/v1/boards").then().statusCode(201);
            given().contentType(ContentType.JSON).body(PlanBodies.kpi("HOSTILE_K", "K", "%", "LOWER_IS_BETTER", "MONTHLY",
                    "LOCAL_MI").put("target", 10).toString()).post("/api/v1/kpis").then().statusCode(201);
        }
        return List.of(
                new ValidWrite("POST", "/api/v1/plans", another(PLAN, "HOSTILE-PLAN2")),
                new ValidWrite("PUT", "/api/v1/plans/HOSTILE-PLAN", PLAN.toString(), Map.of("If-Match", etag("/api/v1/plans/HOSTILE-PLAN"))),
                new ValidWrite("POST", "/api/v1/priorities", another(PRIORITY, "HOSTILE-P2")),
                new ValidWrite("PUT", "/api/v1/priorities/HOSTILE-P", PRIORITY.toString(),
                        Map.of("If-Match", etag("/api/v1/priorities/HOSTILE-P"))),
                new ValidWrite("POST", "/api/v1/actions", another(ACTION, "HOSTILE-A2")),
                new ValidWrite("PUT", "/api/v1/actions/HOSTILE-A", ACTION.toString(), Map.of("If-Match", etag("/api/v1/actions/HOSTILE-A"))),
                new ValidWrite("POST", "/api/v1/actions/HOSTILE-A/progress-updates",
                        PlanBodies.progressUpdate(LocalDate.parse("2025-06-30"), "n", "GREEN", 20).put("status", "IN_PROGRESS")
                                .toString()),
                new ValidWrite("POST", "/api/v1/actions/HOSTILE-A/milestones",
                        PlanBodies.milestone("m", "2025-09-30").put("completedDate", "2025-09-01").toString()),
                new ValidWrite("POST", "/api/v1/boards", PlanBodies.board("HOSTILE-B2", "CABINET", "Board").put("chair", "Chair")
                        .put("source", "s").toString()),
                new ValidWrite("POST", "/api/v1/boards/HOSTILE-B/meetings", PlanBodies.boardMeeting("HOSTILE-M", "2025-01-15",
                        "HOSTILE-A").put("decisions", "d").put("source", "s").toString()),
                new ValidWrite("POST", "/api/v1/kpis", PlanBodies.kpi("HOSTILE_K2", "K", "%", "HIGHER_IS_BETTER", "QUARTERLY",
                        "CIN_CENSUS").put("target", 10).put("notes", "n").toString()),
                new ValidWrite("POST", "/api/v1/kpis/HOSTILE_K/values", PlanBodies.kpiValue("2025-04-01", "2025-04-30",
                        "2025-04", "12.5").put("numerator", 25).put("denominator", 200).put("target", 10).put("england", 11)
                        .put("london", 12).put("statisticalNeighbours", 13).put("source", "s").toString()));
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
