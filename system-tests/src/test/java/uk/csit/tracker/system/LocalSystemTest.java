package uk.csit.tracker.system;

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
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.ServiceModule;

/**
 * The local run as a newcomer uses it: a real packaged service on embedded PostgreSQL whose data survives a restart.
 * Here rather than in the launcher's module, whose tests would otherwise wait for every service's module to be built
 * and then hold up the system tests on their own.
 */
@ResourceLock(Turns.OWN_SYSTEMS)
class LocalSystemTest {

    @TempDir
    Path data;

    /**
     * Three starts on one data directory (one service start costs about as much as the rest of the test): the second
     * finds what the first wrote, the third is asked for fresh databases and finds none of it.
     */
    @Test
    void startsAServiceReadyStopsItCleanlyKeepsTheDataAcrossARestartAndStartsFreshWhenAsked() throws Exception {
        Process process;
        try (LocalSystem system = PackagedSystem.builder().services(ServiceModule.INSPECTION)
                .freePorts().dataDirectory(data).seed(false).start()) {
            HttpResponse<String> ready = get(system.managementUrl(ServiceModule.INSPECTION) + "/q/health/ready");
            assertEquals(200, ready.statusCode());
            HttpResponse<String> missing = get(system.baseUrl(ServiceModule.INSPECTION) + "/nope");
            assertEquals(404, missing.statusCode());
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
            execute(system, "insert into seed_history (script, applied_at) values ('written-before-stop', now())");
            process = system.process(ServiceModule.INSPECTION);
            assertTrue(Files.exists(system.signingKeys().publicKey()));
            // Kept data is written durably: not the embedded library's test-speed -F and synchronous_commit=off.
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                assertEquals("on", setting(system, setting), setting);
            }
        }
        assertFalse(process.isAlive(), "the service process is gone after close");

        try (LocalSystem again = PackagedSystem.builder().services(ServiceModule.INSPECTION)
                .freePorts().dataDirectory(data).seed(false).start()) {
            assertEquals(1, count(again, "select count(*) from seed_history where script = 'written-before-stop'"),
                    "what was written before the stop is there after the next start");
        }

        // Fresh databases start empty whatever an earlier run left.
        try (LocalSystem fresh = PackagedSystem.builder().services(ServiceModule.INSPECTION)
                .freePorts().dataDirectory(data).seed(false).freshDatabases(true).start()) {
            assertEquals(0, count(fresh, "select count(*) from seed_history"), "the service migrated an empty database");
            assertEquals(200, get(fresh.managementUrl(ServiceModule.INSPECTION) + "/q/health/ready").statusCode());
        }
    }

    private static String setting(LocalSystem system, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl(ServiceModule.INSPECTION),
                system.databaseUser(), system.databasePassword());
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(LocalSystem system, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl(ServiceModule.INSPECTION),
                system.databaseUser(), system.databasePassword());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(LocalSystem system, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl(ServiceModule.INSPECTION),
                system.databaseUser(), system.databasePassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
