package uk.csit.tracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * A webhook delivery that is being retried survives the gateway being killed: the pending delivery
 * is in the gateway's database, and the gateway started again delivers it, with the same event id.
 */
@ResourceLock(Turns.OWN_SYSTEMS)
class WebhookRestartTest {


    @TempDir
    Path data;

    @Test
    void aDeliveryPendingWhenTheGatewayIsKilledIsDeliveredAfterItStartsAgain() throws Exception {
        ServiceLogs.shownIfItFails(data, this::restartRun);
    }

    /** How many attempts the gateway's database records for the one owed delivery (0 while there is none). */
    private static int recordedAttempts(LocalSystem system) {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl(ServiceModule.GATEWAY),
                system.databaseUser(), system.databasePassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(attempts), 0) from webhook_delivery")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restartRun() throws Exception {
        AtomicInteger status = new AtomicInteger(503);
        AtomicInteger attempts = new AtomicInteger();
        Set<String> eventIds = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            eventIds.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            attempts.incrementAndGet();
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.start();
        // Only what the delivery needs: plan-service, whose change is delivered, and the gateway. The gateway is told
        // the other two services are at a port where nothing listens, so it finds them down rather than whatever else
        // may answer on their usual ports.
        try (LocalSystem system = PackagedSystem.builder().services(ServiceModule.PLAN, ServiceModule.GATEWAY)
                .freePorts().dataDirectory(data).seed(true)
                .environment(ServiceModule.INSPECTION.gatewayUrlVariable(), "http://127.0.0.1:1")
                .environment(ServiceModule.FINANCE.gatewayUrlVariable(), "http://127.0.0.1:1")
                .environment("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.1/32") // the receiver below, on loopback
                .environment("WEBHOOK_POLL_INTERVAL", "0.5s").environment("WEBHOOK_DELIVER_INTERVAL", "0.5s")
                .environment("WEBHOOK_FIRST_RETRY", "1s").environment("WEBHOOK_LONGEST_RETRY", "2s")
                // An attempt cut off by the kill is due again when its lease ends: 2 × 2 s + 5 s.
                .environment("WEBHOOK_REQUEST_TIMEOUT", "2s")
                .start()) {
            SystemProbe probe = new SystemProbe();
            String admin = TokenCommand.sign(system.signingKeys(), "webhook-admin", List.of("ADMIN"), Duration.ofHours(1));
            String gateway = system.baseUrl(ServiceModule.GATEWAY);
            HttpResponse<String> registered = probe.post(gateway + "/api/v1/webhooks", admin, """
                    {"url":"http://127.0.0.1:%d/hooks","eventTypes":["uk.csit.tracker.actions.*"]}"""
                    .formatted(receiver.getAddress().getPort()));
            assertEquals(201, registered.statusCode(), registered.body());
            String hook = jakarta.json.Json.createReader(new StringReader(registered.body())).readObject().getString("id");

            HttpResponse<String> change = probe.post(system.baseUrl(ServiceModule.PLAN)
                    + "/api/v1/actions/A-2.2/progress-updates", admin, """
                    {"date":"2025-10-01","narrative":"webhook restart","rag":"AMBER","percentComplete":40}""");
            assertEquals(201, change.statusCode(), change.body());

            // The receiver counts an attempt when the request arrives; the gateway records it in its database only
            // after the answer. Kill it once two attempts are recorded, not merely received (else the second may be
            // in flight and unrecorded, and the check of the owed row below races the kill).
            probe.awaitTrue(Duration.ofSeconds(30), () -> attempts.get() >= 2 && recordedAttempts(system) >= 2);
            Process gatewayProcess = system.process(ServiceModule.GATEWAY);
            gatewayProcess.destroyForcibly();
            assertTrue(gatewayProcess.waitFor(10, TimeUnit.SECONDS));
            int beforeRestart = attempts.get();
            try (Connection c = DriverManager.getConnection(system.jdbcUrl(ServiceModule.GATEWAY),
                    system.databaseUser(), system.databasePassword());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select state, attempts from webhook_delivery")) {
                assertTrue(rs.next(), "the owed delivery is in the gateway's database");
                assertEquals("PENDING", rs.getString(1), "still being retried when the gateway died");
                assertTrue(rs.getInt(2) >= 2);
            }

            status.set(204);
            system.startService(ServiceModule.GATEWAY);
            probe.awaitTrue(Duration.ofSeconds(30), () -> {
                HttpResponse<String> log = probe.get(gateway + "/api/v1/webhooks/" + hook + "/deliveries", admin);
                return log.statusCode() == 200 && log.body().contains("\"DELIVERED\"");
            });
            assertTrue(attempts.get() > beforeRestart, "tried again by the restarted gateway");
            assertEquals(1, eventIds.size(), "one event, the same id on every attempt: " + eventIds);
            assertTrue(eventIds.iterator().next().startsWith("plan-"));
        } finally {
            receiver.stop(0);
        }
    }
}
