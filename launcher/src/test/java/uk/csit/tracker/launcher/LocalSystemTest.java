package uk.csit.tracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run as a newcomer uses it: a real packaged service on embedded PostgreSQL whose data survives a restart. */
class LocalSystemTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path data;

    @Test
    void startsAServiceReadyStopsItCleanlyAndKeepsTheDataAcrossARestart() throws Exception {
        Process process;
        try (LocalSystem system = LocalSystem.builder(ROOT).services(ServiceModule.INSPECTION)
                .freePorts().dataDirectory(data).seed(false).start()) {
            HttpResponse<String> ready = get(system.baseUrl(ServiceModule.INSPECTION) + "/q/health/ready");
            assertEquals(200, ready.statusCode());
            HttpResponse<String> missing = get(system.baseUrl(ServiceModule.INSPECTION) + "/nope");
            assertEquals(404, missing.statusCode());
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
            try (Connection c = DriverManager.getConnection(system.jdbcUrl(ServiceModule.INSPECTION),
                    system.databaseUser(), system.databasePassword());
                 Statement s = c.createStatement()) {
                s.execute("insert into seed_history (script, applied_at) values ('written-before-stop', now())");
            }
            process = system.process(ServiceModule.INSPECTION);
            assertTrue(Files.exists(system.signingKeys().publicKey()));
        }
        assertFalse(process.isAlive(), "the service process is gone after close");

        try (LocalSystem again = LocalSystem.builder(ROOT).services(ServiceModule.INSPECTION)
                .freePorts().dataDirectory(data).seed(false).start();
             Connection c = DriverManager.getConnection(again.jdbcUrl(ServiceModule.INSPECTION),
                     again.databaseUser(), again.databasePassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from seed_history where script = 'written-before-stop'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "what was written before the stop is there after the next start");
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
