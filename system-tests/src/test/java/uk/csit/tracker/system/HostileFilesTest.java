package uk.csit.tracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.csit.tracker.kit.testing.HostileCases;
import uk.csit.tracker.kit.testing.HostileCases.Case;
import uk.csit.tracker.kit.testing.HostileFiles;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * The hostile files of test-kit's {@link HostileFiles} (wide and tall spreadsheets, zip bombs, entity expansion,
 * huge CSV files, thousands of bad lines) sent to the packaged services as {@code bin/run} starts them, with their
 * production JVM options: a 128 MB heap and {@code -XX:+ExitOnOutOfMemoryError}, so that a file that needs more
 * memory than that ends the process. Each must be refused with a small 4xx problem that names none of the service's
 * internals, and the service must still be alive and ready afterwards. They are sent to the run's seeded system, after
 * the checks of the seed's story (a file accepted by mistake would change it): a service a file ended would fail the
 * classes after this one too. What each file got, and the services' peak resident memory before and after (since
 * they started), go to {@code target/hostile-files.json}.
 */
@ResourceLock(Turns.SEEDED)
@ExtendWith(SeededSystem.Given.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesTest extends OneSystemPerClass {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private String token;

    @BeforeAll
    void onTheSeededSystem(SeededSystem seeded) {
        runOn(seeded);
        token = TokenCommand.sign(system.signingKeys(), "hostile-files@council.example", List.of("ADMIN"),
                Duration.ofHours(1));
    }

    @Test
    void everyHostileFileIsRefusedWithASmallProblemAndTheServiceStaysUp() throws Exception {
        ObjectNode report = JSON.createObjectNode();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<ServiceModule, String> service : Map.of(ServiceModule.PLAN, "plan-service",
                ServiceModule.FINANCE, "finance-service").entrySet()) {
            JsonNode contract = JSON.readTree(ROOT.resolve(service.getValue()).resolve("openapi.json").toFile());
            List<Case> cases = HostileFiles.forContract(contract);
            assertTrue(cases.size() >= 5, service.getValue() + " takes files: " + cases.size() + " hostile ones");
            ObjectNode figures = report.putObject(service.getValue());
            figures.put("residentKbBefore", peakResidentKb(service.getKey()));
            ArrayNode answers = figures.putArray("answers");
            for (Case file : cases) {
                long begin = System.nanoTime();
                HttpResponse<String> answer = send(service.getKey(), file);
                long millis = (System.nanoTime() - begin) / 1_000_000;
                boolean alive = system.process(service.getKey()).isAlive() && ready(service.getKey());
                String type = answer == null ? "" : answer.headers().firstValue("Content-Type").orElse("");
                ObjectNode seen = answers.addObject().put("file", file.kind()).put("bytes", file.body().length)
                        .put("status", answer == null ? -1 : answer.statusCode()).put("millis", millis)
                        .put("answerCharacters", answer == null ? -1 : answer.body().length()).put("serviceUp", alive);
                if (answer != null) {
                    seen.put("detail", JSON.readTree(answer.body()).path("detail").asText());
                }
                if (answer == null || answer.statusCode() < 400 || answer.statusCode() >= 500
                        || !type.startsWith("application/problem+json")
                        || answer.body().length() > HostileFiles.MAX_ANSWER_BYTES
                        || HostileCases.INTERNALS.matcher(answer.body()).find() || !alive) {
                    failures.add(service.getValue() + " " + seen);
                }
                if (!alive) {
                    break; // the rest would only find it dead
                }
            }
            figures.put("peakResidentKbAfter", peakResidentKb(service.getKey()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "hostile-files.json"), report.toPrettyString());
        assertEquals(List.of(), failures, "every hostile file is refused with a small 4xx problem, the service up");
    }

    private HttpResponse<String> send(ServiceModule service, Case file) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(system.baseUrl(service) + file.path()))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", file.contentType())
                    .method(file.method(), HttpRequest.BodyPublishers.ofByteArray(file.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException connectionLost) {
            return null;
        }
    }

    private boolean ready(ServiceModule service) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(system.managementUrl(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The process's peak resident set (VmHWM), in kB: what the largest moment of reading cost the machine. */
    private long peakResidentKb(ServiceModule service) throws java.io.IOException {
        Path status = Path.of("/proc", Long.toString(system.process(service).pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }
}
