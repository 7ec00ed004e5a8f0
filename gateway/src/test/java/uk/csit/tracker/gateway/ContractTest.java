package uk.csit.tracker.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.config.GatewayConfig;
import uk.csit.tracker.kit.testing.OpenApiContract;

/** The one document integrators use: the gateway's operations and every operation it forwards, nothing else. */
@QuarkusTest
class ContractTest {

    @jakarta.inject.Inject
    GatewayConfig config;

    @Test
    void theServicesOperationsAreInTheGatewaysDocument() {
        JsonNode paths = OpenApiContract.served().get("paths");
        assertNotNull(paths.at("/~1api~1v1~1allocations/post").get("summary"), "finance's create allocation");
        assertNotNull(paths.at("/~1api~1v1~1actions~1{ref}~1progress-updates/post").get("summary"), "plan's progress");
        assertNotNull(paths.at("/~1api~1v1~1inspection-summary/get").get("summary"), "inspection's summary");
        assertTrue(OpenApiContract.served().at("/components/schemas/Allocation").isObject(), "services' schemas");
    }

    @Test
    void everyPathIsTheGatewaysOwnOrForwardedAndTheGatewaysOwnWin() {
        JsonNode document = OpenApiContract.served();
        List<String> strays = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(path -> {
            String segment = path.replaceFirst("^/api/v1/", "").replaceFirst("/.*", "");
            boolean own = AuthorizationMatrixTest.OWN.contains(path);
            if (!own && !config.routes().containsKey(segment)) {
                strays.add(path);
            }
        });
        assertEquals(List.of(), strays, "paths the gateway neither serves nor forwards");
        JsonNode timeline = document.at("/paths/~1api~1v1~1timeline/get");
        assertEquals("The merged timeline", timeline.get("summary").asText());
        assertEquals(List.of("Timeline"), texts(timeline.get("tags")));
        assertEquals(1, timeline.get("security").size());
        JsonNode changes = document.at("/paths/~1api~1v1~1changes/get");
        assertEquals("Read the merged change feed", changes.get("summary").asText(),
                "the services' own feeds are not forwarded: the gateway's merged feed replaces them");
        assertEquals(List.of("Changes"), texts(changes.get("tags")));
        for (String own : AuthorizationMatrixTest.OWN) {
            JsonNode get = document.get("paths").get(own).get("get");
            assertTrue(get.get("responses").has("503"), own + " documents 503");
        }
        JsonNode examples = document.at("/paths/~1api~1v1~1status/get/responses/200/content/application~1json/examples");
        assertEquals("UNAVAILABLE", examples.at("/degraded/value/sources/plan/state").asText(),
                "the degraded status is documented");
    }

    @Test
    void theServicesDataPassedOnIsDescribedByTheServicesSchemas() {
        JsonNode schemas = OpenApiContract.served().get("components").get("schemas");
        for (String name : List.of("Status", "StatusMonitoringVisits", "StatusRecommendation", "StatusPlan",
                "RecommendationTrace")) {
            assertFalse(schemas.get(name).toString().contains("JsonNode"), name + " says what its sections hold");
        }
        assertTrue(schemas.at("/Status/properties/currentJudgements").toString().contains("Judgement"));
        assertTrue(schemas.at("/RecommendationTrace/properties/actions").toString().contains("#/components/schemas/Action"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
