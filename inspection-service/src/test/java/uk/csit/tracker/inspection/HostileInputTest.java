package uk.csit.tracker.inspection;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.kit.testing.HostileCases.ValidWrite;
import uk.csit.tracker.kit.testing.HostileInputSuite;

@QuarkusTest
class HostileInputTest extends HostileInputSuite {

    private static final ObjectNode INSPECTION = InspectionBodies.inspection("HOSTILE-I", "ILACS_STANDARD", "2024-01-15")
            .put("endDate", "2024-01-26").put("publishedDate", "2024-03-14").put("publishedDatePrecision", "DAY");
    private static final ObjectNode FINDING = InspectionBodies.finding("HOSTILE-I-R1", "RECOMMENDATION", "Improve supervision")
            .put("area", "HELP_AND_PROTECTION");
    private static final ObjectNode NOTICE = InspectionBodies.improvementNotice("HOSTILE-DFE");
    private static final ObjectNode JUDGEMENT = InspectionBodies.judgement("HELP_AND_PROTECTION", "INADEQUATE");

    /** One of the bodies above as another record: the same with another ref. */
    private static String another(ObjectNode body, String ref) {
        return body.deepCopy().put("ref", ref).toString();
    }

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Override
    protected List<ValidWrite> validWrites() {
        if (given().when().get("/api/v1/inspections/HOSTILE-I").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(INSPECTION.toString()).post("/api/v1/inspections").then().statusCode(201);
            given().contentType(ContentType.JSON).body(FINDING.toString()).post("/api/v1/inspections/HOSTILE-I/findings").then().statusCode(201);
            given().contentType(ContentType.JSON).body(JUDGEMENT.toString()).post("/api/v1/inspections/HOSTILE-I/judgements").then().statusCode(201);
            given().contentType(ContentType.JSON).body(NOTICE.toString()).post("/api/v1/interventions").then().statusCode(201);
        }
        return List.of(
                new ValidWrite("POST", "/api/v1/inspections", another(INSPECTION, "HOSTILE-I2")),
                new ValidWrite("PUT", "/api/v1/inspections/HOSTILE-I", INSPECTION.toString(),
                        Map.of("If-Match", etag("/api/v1/inspections/HOSTILE-I"))),
                new ValidWrite("POST", "/api/v1/inspections/HOSTILE-I/findings", another(FINDING, "HOSTILE-I-R2")),
                new ValidWrite("PUT", "/api/v1/findings/HOSTILE-I-R1", FINDING.toString(),
                        Map.of("If-Match", etag("/api/v1/findings/HOSTILE-I-R1"))),
                new ValidWrite("POST", "/api/v1/findings/HOSTILE-I-R1/status-changes",
                        InspectionBodies.statusChange("ADDRESSED", "2025-09-17").put("evidenceNote", "Monitoring visit").toString(),
                        Map.of("If-Match", etag("/api/v1/findings/HOSTILE-I-R1"))),
                new ValidWrite("POST", "/api/v1/inspections/HOSTILE-I/judgements",
                        InspectionBodies.judgement("CHILDREN_IN_CARE_AND_CARE_LEAVERS", "GOOD").toString()),
                new ValidWrite("PUT", "/api/v1/inspections/HOSTILE-I/judgements/HELP_AND_PROTECTION", JUDGEMENT.toString(),
                        Map.of("If-Match", etag("/api/v1/inspections/HOSTILE-I/judgements/HELP_AND_PROTECTION"))),
                new ValidWrite("POST", "/api/v1/interventions", another(NOTICE, "HOSTILE-DFE2")),
                new ValidWrite("PUT", "/api/v1/interventions/HOSTILE-DFE", NOTICE.toString(),
                        Map.of("If-Match", etag("/api/v1/interventions/HOSTILE-DFE"))),
                new ValidWrite("POST", "/api/v1/dfe-reviews",
                        InspectionBodies.dfeReview("HOSTILE-DFE-R1", "HOSTILE-DFE", "2024-11-14").toString()));
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
