package uk.csit.tracker.inspection;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.kit.testing.HostileCases.ValidWrite;
import uk.csit.tracker.kit.testing.HostileInputSuite;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {

    private static final String INSPECTION = "{\"ref\":\"HOSTILE-I\",\"type\":\"ILACS_STANDARD\",\"startDate\":\"2024-01-15\","
            + "\"endDate\":\"2024-01-26\",\"publishedDate\":\"2024-03-14\",\"publishedDatePrecision\":\"DAY\"}";
    private static final String FINDING = "{\"ref\":\"HOSTILE-I-R1\",\"type\":\"RECOMMENDATION\",\"text\":\"Improve supervision\","
            + "\"area\":\"HELP_AND_PROTECTION\"}";
    private static final String NOTICE = "{\"ref\":\"HOSTILE-DFE\",\"type\":\"IMPROVEMENT_NOTICE\",\"issuedDate\":\"2024-03-15\","
            + "\"status\":\"OPEN\",\"conditions\":[\"An improvement board\"],\"oversight\":[{\"role\":\"DFE_IMPROVEMENT_ADVISER\","
            + "\"name\":\"A. Adviser\",\"fromDate\":\"2024-03-15\"}]}";
    private static final String JUDGEMENT = "{\"area\":\"HELP_AND_PROTECTION\",\"grade\":\"INADEQUATE\"}";

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Override
    protected List<ValidWrite> validWrites() {
        if (given().when().get("/api/v1/inspections/HOSTILE-I").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(INSPECTION).post("/api/v1/inspections").then().statusCode(201);
            given().contentType(ContentType.JSON).body(FINDING).post("/api/v1/inspections/HOSTILE-I/findings").then().statusCode(201);
            given().contentType(ContentType.JSON).body(JUDGEMENT).post("/api/v1/inspections/HOSTILE-I/judgements").then().statusCode(201);
            given().contentType(ContentType.JSON).body(NOTICE).post("/api/v1/interventions").then().statusCode(201);
        }
        return List.of(
                new ValidWrite("POST", "/api/v1/inspections", INSPECTION.replace("HOSTILE-I\"", "HOSTILE-I2\"")),
                new ValidWrite("PUT", "/api/v1/inspections/HOSTILE-I", INSPECTION,
                        Map.of("If-Match", etag("/api/v1/inspections/HOSTILE-I"))),
                new ValidWrite("POST", "/api/v1/inspections/HOSTILE-I/findings", FINDING.replace("R1", "R2")),
                new ValidWrite("PUT", "/api/v1/findings/HOSTILE-I-R1", FINDING,
                        Map.of("If-Match", etag("/api/v1/findings/HOSTILE-I-R1"))),
                new ValidWrite("POST", "/api/v1/findings/HOSTILE-I-R1/status-changes",
                        "{\"status\":\"ADDRESSED\",\"date\":\"2025-09-17\",\"evidenceNote\":\"Monitoring visit\"}",
                        Map.of("If-Match", etag("/api/v1/findings/HOSTILE-I-R1"))),
                new ValidWrite("POST", "/api/v1/inspections/HOSTILE-I/judgements",
                        "{\"area\":\"CHILDREN_IN_CARE_AND_CARE_LEAVERS\",\"grade\":\"GOOD\"}"),
                new ValidWrite("PUT", "/api/v1/inspections/HOSTILE-I/judgements/HELP_AND_PROTECTION", JUDGEMENT,
                        Map.of("If-Match", etag("/api/v1/inspections/HOSTILE-I/judgements/HELP_AND_PROTECTION"))),
                new ValidWrite("POST", "/api/v1/interventions", NOTICE.replace("HOSTILE-DFE\"", "HOSTILE-DFE2\"")),
                new ValidWrite("PUT", "/api/v1/interventions/HOSTILE-DFE", NOTICE,
                        Map.of("If-Match", etag("/api/v1/interventions/HOSTILE-DFE"))),
                new ValidWrite("POST", "/api/v1/dfe-reviews",
                        "{\"ref\":\"HOSTILE-DFE-R1\",\"interventionRef\":\"HOSTILE-DFE\",\"reviewDate\":\"2024-11-14\"}"));
    }

    @Override
    protected List<String> lists() {
        return List.of("/api/v1/inspections", "/api/v1/findings", "/api/v1/interventions", "/api/v1/dfe-reviews",
                "/api/v1/current-judgements", "/api/v1/timeline", "/api/v1/inspections/HOSTILE-I/history");
    }

    @Override
    protected List<String> items() {
        return List.of("/api/v1/inspections/{ref}", "/api/v1/findings/{ref}", "/api/v1/interventions/{ref}",
                "/api/v1/dfe-reviews/{ref}", "/api/v1/inspections/{ref}/judgements", "/api/v1/findings/{ref}/history");
    }
}
