package uk.csit.tracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.testing.ContractConformance;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.SigningKeys;

/**
 * The gateway in front of the three real services (their packaged applications) on embedded
 * PostgreSQL with the Havering seed: /status must tell the story the seed tells.
 */
@QuarkusTest
@TestProfile(HaveringEndToEndTest.RealServices.class)
class HaveringEndToEndTest {

    static LocalSystem system;

    private static final Map<ServiceModule, ContractConformance> SERVICE_CONTRACTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static class RealServices implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Started.class));
        }
    }

    public static class Started implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            // With their ahead-of-time caches, as bin/run starts them: trained here by the first start after the
            // build, and used again by the system tests' many starts.
            system = LocalSystem.builder(Path.of("..")).aotCache(true).freePorts().seed(true)
                    .services(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE).start();
            warmUp();
            return Map.ofEntries(
                    Map.entry("quarkus.rest-client.plan-service.url", system.baseUrl(ServiceModule.PLAN)),
                    Map.entry("quarkus.rest-client.inspection-service.url", system.baseUrl(ServiceModule.INSPECTION)),
                    Map.entry("quarkus.rest-client.finance-service.url", system.baseUrl(ServiceModule.FINANCE)),
                    Map.entry("tracker.gateway.services.plan", system.baseUrl(ServiceModule.PLAN)),
                    Map.entry("tracker.gateway.services.inspection", system.baseUrl(ServiceModule.INSPECTION)),
                    Map.entry("tracker.gateway.services.finance", system.baseUrl(ServiceModule.FINANCE)),
                    Map.entry("quarkus.datasource.jdbc.url", system.createDatabase(ServiceModule.GATEWAY)),
                    Map.entry("quarkus.datasource.username", system.databaseUser()),
                    Map.entry("quarkus.datasource.password", system.databasePassword()),
                    Map.entry("mp.jwt.verify.publickey.location", system.signingKeys().publicKey().toUri().toString()),
                    Map.entry("mp.jwt.verify.issuer", SigningKeys.ISSUER),
                    Map.entry("mp.jwt.verify.audiences", SigningKeys.AUDIENCE),
                    // Real, freshly started services on a shared machine: generous waits, not the fault tests' short
                    // ones. What is checked here is the story, not the speed (the benchmark measures that).
                    Map.entry("Timeout/value", "10000"),
                    Map.entry("tracker.gateway.aggregate-deadline", "30s"),
                    Map.entry("tracker.gateway.forward-timeout", "30s"));
        }

        @Override
        public void stop() {
            if (system != null) {
                system.close();
            }
        }
    }

    /** One read of each summary first, so that the services' first-request start-up is not what is tested. */
    static void warmUp() {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (var service : Map.of(ServiceModule.INSPECTION, "inspection-summary", ServiceModule.PLAN, "plan-summary",
                ServiceModule.FINANCE, "finance-summary").entrySet()) {
            try {
                client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                system.baseUrl(service.getKey()) + "/api/v1/" + service.getValue()))
                        .header("Authorization", adviser()).timeout(Duration.ofSeconds(60)).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A request straight to one of the three services, as the adviser: for the tests of what each packaged service
     * makes of the seed ({@code HaveringPlanSeedTest} and its two siblings), which share this start of the system.
     * Its answers are held to that service's own contract, not the gateway's.
     */
    static io.restassured.specification.RequestSpecification atService(ServiceModule service) {
        java.net.URI base = java.net.URI.create(system.baseUrl(service));
        io.restassured.specification.RequestSpecification request = io.restassured.RestAssured.given().noFilters()
                .baseUri(base.getScheme() + "://" + base.getHost()).port(base.getPort())
                .header("Authorization", adviser());
        // No check while the contracts are being rewritten (-Dopenapi.update=true), as in the services' own tests.
        ContractConformance contract = SERVICE_CONTRACTS.computeIfAbsent(service,
                s -> ContractConformance.forModule(Path.of("..", s.directory())));
        return contract == null ? request : request.filter(contract);
    }

    static String adviser() {
        Instant now = Instant.now();
        return "Bearer " + Jwt.issuer(SigningKeys.ISSUER).subject("adviser@dfe.test").upn("adviser@dfe.test")
                .audience(SigningKeys.AUDIENCE).claim("roles", List.of("ADVISOR")).issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(30))).jws().algorithm(SignatureAlgorithm.RS256)
                .sign(system.signingKeys().loadPrivateKey());
    }

    @Test
    void theStatusTellsHaveringsStory() {
        given().header("Authorization", adviser()).when().get("/api/v1/status").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("localAuthority.name", equalTo("London Borough of Havering"))
                .body("currentJudgements.findAll { it.grade == 'INADEQUATE' }", hasSize(4))
                .body("currentJudgements.findAll { it.grade == 'INADEQUATE' }.inspectionRef", everyItem(equalTo("ILACS-2023")))
                .body("openIntervention.type", equalTo("IMPROVEMENT_NOTICE"))
                .body("openIntervention.status", equalTo("OPEN"))
                .body("recommendations", hasSize(6))
                .body("recommendationsTotal", equalTo(6))
                .body("recommendationsByStatus.OPEN", equalTo(6))
                .body("monitoringVisits.count", equalTo(3))
                .body("monitoringVisits.last.progressVerdict", equalTo("good progress"))
                .body("plan.totalActions", equalTo(15))
                .body("plan.priorities", hasSize(9))
                .body("plan.prioritiesTotal", equalTo(9))
                .body("plan.plan.ref", equalTo("CSIP-2024"))
                .body("plan.programmes.ref", equalTo(List.of("FAMILIES-FIRST", "IMPROVEMENT")))
                .body("plan.programmes.find { it.ref == 'FAMILIES-FIRST' }.kind", equalTo("REFORM"))
                .body("plan.programmes.find { it.ref == 'FAMILIES-FIRST' }.prioritiesTotal", equalTo(3))
                .body("plan.programmes.find { it.ref == 'IMPROVEMENT' }.totalActions", equalTo(15))
                .body("finance.years.financialYear.label", hasItem("2024-25"))
                .body("finance.years.find { it.financialYear.label == '2024-25' }.allocatedGbp", equalTo(16000000.00f));
    }

    /**
     * The board pack of today, on the real services with the seed, read by PDFBox: its judgements, intervention and
     * money are those /status gives for the same day, figure for figure.
     */
    @Test
    void theBoardPackShowsHaveringAsTheStatusDoes() throws java.io.IOException {
        String today = java.time.LocalDate.now(uk.csit.tracker.kit.http.QueryValues.ENGLAND).toString();
        io.restassured.path.json.JsonPath status = given().header("Authorization", adviser()).queryParam("asOf", today)
                .when().get("/api/v1/status").then().statusCode(200).body("degraded", equalTo(false))
                .extract().jsonPath().using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        byte[] pdf = given().header("Authorization", adviser()).queryParam("asOf", today)
                .when().get("/api/v1/board-pack").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        String text = BoardPackTest.textOf(pdf);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("London Borough of Havering"), text);
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("This pack is incomplete"), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Improvement notice (DFE-IN-2024)")
                || text.contains("Improvement notice ("), "the open intervention: " + text);
        long inadequate = java.util.regex.Pattern.compile("Inadequate").matcher(text).results().count();
        org.junit.jupiter.api.Assertions.assertTrue(inadequate >= 4, "four Inadequate judgements: " + text);
        List<Map<String, Object>> years = status.getList("finance.years");
        org.junit.jupiter.api.Assertions.assertFalse(years.isEmpty());
        for (Map<String, Object> year : years) {
            String allocated = uk.csit.tracker.gateway.web.Formats.gbp(new java.math.BigDecimal(
                    status.getString("finance.years.find { it.financialYear.label == '"
                            + ((Map<?, ?>) year.get("financialYear")).get("label") + "' }.allocatedGbp")));
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(allocated), "allocated " + allocated + ": " + text);
        }
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(status.getString("plan.totalActions") + " actions"),
                "the plan's actions: " + text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Families First Partnership (Reform)"),
                "the reform beside the plan: " + text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("No actions yet"),
                "a priority without actions has no RAG, and says so: " + text);
    }

    /** Without a sign-in provider configured the pages are shut, and say so, rather than half open. */
    @Test
    void withoutSignInTheBoardPagesAreShut() {
        io.restassured.response.Response page = given().redirects().follow(false).when().get("/board");
        org.junit.jupiter.api.Assertions.assertEquals(401, page.statusCode(), page.asString());
        given().when().get("/board/accessibility").then().statusCode(200);
    }

    @Test
    void theAdviserReadsThroughTheGatewayButWritesNothing() {
        given().header("Authorization", adviser()).when().get("/api/v1/allocations?financialYear=2024-25")
                .then().statusCode(200).body("totalItems", equalTo(2));
        given().header("Authorization", adviser()).contentType("application/json")
                .body("{\"ref\":\"X\",\"type\":\"JTAI\",\"startDate\":\"2025-01-01\"}")
                .when().post("/api/v1/inspections").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", adviser()).when().get("/api/v1/recommendations/ILACS-2023-R1")
                .then().statusCode(200).body("recommendation.status", equalTo("OPEN"))
                .body("degraded", equalTo(false));
    }

    @Test
    void theTimelineAndTheCrossServiceChecksReadEveryService() {
        given().header("Authorization", adviser()).queryParam("size", 200).when().get("/api/v1/timeline")
                .then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("items.findAll { it.type == 'MONITORING_VISIT' }", hasSize(3))
                .body("items.findAll { it.type == 'INSPECTION' }.ref", hasItem("ILACS-2023"))
                .body("items.source", hasItem("plan"));
        given().header("Authorization", adviser()).when().get("/api/v1/integrity").then().statusCode(200)
                .body("degraded", equalTo(false))
                .body("checks.state", everyItem(equalTo("RUN")));
    }
}
