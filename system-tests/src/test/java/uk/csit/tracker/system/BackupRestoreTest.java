package uk.csit.tracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.csit.tracker.launcher.BackupManifest;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * A backup (pg_dump of every service's database, as bin/backup makes it) of the running seeded system (the run's
 * {@link SeededSystem}, with whatever the classes before this one changed through it), after a change of its own,
 * restored (pg_restore, as bin/restore does) into fresh databases of another PostgreSQL: the services started on
 * them give the same /status and the same change feed, cursor for cursor; with no sign-in provider configured there,
 * its board's pages are shut.
 */
@ResourceLock(Turns.SEEDED)
@ExtendWith(SeededSystem.Given.class)
class BackupRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path restored;

    @TempDir
    Path backups;

    @Test
    void aBackupOfTheSeededSystemRestoresIntoFreshDatabasesWithTheSameStatusAndFeed(SeededSystem seeded)
            throws Exception {
        ServiceLogs.shownIfItFails(seeded.data,
                () -> ServiceLogs.shownIfItFails(restored, () -> backUpAndRestore(seeded.system)));
    }

    private void backUpAndRestore(LocalSystem system) throws Exception {
        String editor = TokenCommand.sign(system.signingKeys(), "backup-test", List.of("PLAN_EDITOR"),
                Duration.ofHours(1));
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(
                        system.baseUrl(ServiceModule.GATEWAY) + "/api/v1/actions/A-2.2/progress-updates"))
                .header("Authorization", "Bearer " + editor).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.progressUpdate(LocalDate.now(ZoneId.of("Europe/London")),
                        "Written before the backup", "AMBER", 30)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, update.statusCode(), update.body());
        JsonNode statusBefore = status(system);
        ArrayNode feedBefore = feed(system);
        Path archive = system.backup(backups);
        BackupManifest manifest = BackupManifest.verified(archive);
        assertEquals(List.of("inspection", "plan", "finance", "gateway"),
                manifest.dumps().stream().map(BackupManifest.Dump::database).toList());
        assertTrue(archive.getFileName().toString().startsWith("csit-backup-"), archive.toString());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertEquals(5, zip.size(), "a manifest and four dumps");
        }

        try (LocalSystem again = PackagedSystem.builder().freePorts().dataDirectory(restored).seed(false)
                .restoreFrom(archive).start()) {
            JsonNode statusAfter = status(again);
            assertTrue(statusBefore.equals(statusAfter), "the same /status");
            ArrayNode feedAfter = feed(again);
            assertTrue(feedBefore.size() > 50, "the seed's records and the change: " + feedBefore.size());
            assertEquals(feedBefore.size(), feedAfter.size(), "as many changes");
            assertTrue(feedBefore.equals(feedAfter), "the same change feed, cursor for cursor");
            assertTrue(feedAfter.toString().contains("Written before the backup"));
            // Started as a council's first start is, with no sign-in provider configured: the board's pages are shut,
            // and say so, rather than half open.
            HttpResponse<String> board = HTTP.send(HttpRequest.newBuilder(URI.create(
                    again.baseUrl(ServiceModule.GATEWAY) + "/board")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, board.statusCode(), board.body());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(again.baseUrl(ServiceModule.GATEWAY)
                    + "/board/accessibility")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertFalse(Files.exists(restored.resolve("postgres").resolve("postmaster.pid")), "the server stopped");
    }

    /** The gateway's /status once every source answered, without the times it was read at. */
    private static JsonNode status(LocalSystem system) throws Exception {
        String reader = TokenCommand.sign(system.signingKeys(), "backup-reader", List.of("ADVISOR"), Duration.ofHours(1));
        JsonNode status = null;
        for (int tries = 0; tries < 60; tries++) {
            status = get(system.baseUrl(ServiceModule.GATEWAY) + "/api/v1/status", reader);
            if (!status.path("degraded").asBoolean(true)) {
                break;
            }
            Thread.sleep(500);
        }
        assertFalse(status.path("degraded").asBoolean(true), "every source answered: " + status.path("sources"));
        ((ObjectNode) status).remove("sources");
        withoutReadTimes(status);
        return status;
    }

    /** Takes out every {@code asAt}: when a part was read, which differs from read to read. */
    private static void withoutReadTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("asAt");
        }
        node.forEach(BackupRestoreTest::withoutReadTimes);
    }

    /** Every change of the merged feed from the beginning, with its cursor. */
    private static ArrayNode feed(LocalSystem system) throws Exception {
        String reader = TokenCommand.sign(system.signingKeys(), "backup-reader", List.of("ADVISOR"), Duration.ofHours(1));
        ArrayNode all = JSON.createArrayNode();
        String after = null;
        while (true) {
            String url = system.baseUrl(ServiceModule.GATEWAY) + "/api/v1/changes?limit=200"
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode page = get(url, reader);
            // As for /status: a service just started may miss the gateway's deadline on its first, cold reads.
            for (int tries = 0; tries < 60 && page.path("degraded").asBoolean(); tries++) {
                Thread.sleep(500);
                page = get(url, reader);
            }
            assertFalse(page.path("degraded").asBoolean(), "every service answered the feed");
            page.path("items").forEach(all::add);
            if (!page.path("hasMore").asBoolean()) {
                return all;
            }
            after = page.path("nextCursor").asText();
        }
    }

    private static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), url + ": " + answer.body());
        return JSON.readTree(answer.body());
    }
}
