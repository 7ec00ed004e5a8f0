package uk.csit.tracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * The whole system, packaged, under steady load while things fail: plan-service is killed with
 * SIGKILL and started again, then PostgreSQL is stopped and started again, then every PostgreSQL process is
 * killed with SIGKILL (a crash) and the server started on the same data. The gateway must keep
 * answering within its deadline (degraded while plan-service is dead) and recover by itself; the
 * services must report not ready and answer 503 problems while the database is gone and recover
 * without a restart; and every write acknowledged with a 2xx must be in the database at the end.
 * The figures go to {@code target/reliability-faults.json} (docs/reliability.md quotes them).
 */
@ResourceLock(Turns.OWN_SYSTEMS)
class FaultsTest {

    /** The gateway's aggregate deadline (GatewayConfig default, not overridden by the local run). */
    static final Duration GATEWAY_DEADLINE = Duration.ofMillis(1800);
    /** Room for the gateway to assemble and send its answer after the deadline, on a loaded 2-core machine. */
    static final Duration ANSWER_ALLOWANCE = Duration.ofMillis(700);
    static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);
    static final String ACTION = "A-2.2";

    @TempDir
    Path data;

    @Test
    void aKilledServiceAndADatabaseOutageLeaveTheGatewayAnsweringAndLoseNoAcknowledgedWrite() throws Exception {
        ServiceLogs.shownIfItFails(data, this::faultRun);
    }

    private void faultRun() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (LocalSystem system = PackagedSystem.builder()
                .services(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE, ServiceModule.GATEWAY)
                .freePorts().dataDirectory(data).seed(true).start()) {
            String reader = TokenCommand.sign(system.signingKeys(), "fault-reader", List.of("ADVISOR"), Duration.ofHours(1));
            String writer = TokenCommand.sign(system.signingKeys(), "fault-writer", List.of("PLAN_EDITOR"), Duration.ofHours(1));
            String gateway = system.baseUrl(ServiceModule.GATEWAY);
            String plan = system.baseUrl(ServiceModule.PLAN);
            SystemProbe probe = new SystemProbe();
            // Freshly started JVMs answer their first calls slowly (class loading, JIT, first connections): the
            // faults are measured from a system that has answered whole once, as a running one would have.
            long begin = System.nanoTime();
            long warm = probe.awaitTrue(Duration.ofSeconds(90), () -> probe.statusWhole(gateway + "/api/v1/status", reader));
            figures.put("firstWholeStatusSecondsAfterStart", seconds(warm - begin));

            try (SteadyLoad load = SteadyLoad.start(probe, gateway + "/api/v1/status", reader,
                    plan + "/api/v1/actions/" + ACTION + "/progress-updates", writer)) {
                TimeUnit.SECONDS.sleep(2);

                // 1. plan-service killed under load.
                Process killed = system.process(ServiceModule.PLAN);
                long killedAt = System.nanoTime();
                load.phase("plan-service dead");
                killed.destroyForcibly();
                assertTrue(killed.waitFor(10, TimeUnit.SECONDS), "plan-service is gone after SIGKILL");
                TimeUnit.SECONDS.sleep(4);
                long restartBegin = System.nanoTime();
                system.startService(ServiceModule.PLAN);
                long planReady = System.nanoTime();
                load.phase("plan-service back");
                long gatewayWhole = probe.awaitTrue(RECOVERY_BOUND,
                        () -> probe.statusSourcesOk(gateway + "/api/v1/status", reader, "plan"));
                figures.put("planKilledForSeconds", seconds(planReady - killedAt));
                figures.put("planRestartToReadySeconds", seconds(planReady - restartBegin));
                figures.put("gatewayRecoveredSecondsAfterPlanReady", seconds(gatewayWhole - planReady));

                // 2. PostgreSQL stopped and started under load.
                TimeUnit.SECONDS.sleep(1);
                load.phase("database down");
                Map<ServiceModule, Long> pids = pids(system);
                system.stopDatabase();
                long dbDownAt = System.nanoTime();
                long notReady = probe.awaitTrue(Duration.ofSeconds(20),
                        () -> probe.get(system.managementUrl(ServiceModule.PLAN) + "/q/health/ready", null).statusCode() == 503);
                HttpResponse<String> read = probe.get(plan + "/api/v1/actions/" + ACTION, reader);
                figures.put("notReadySecondsAfterDatabaseStopped", seconds(notReady - dbDownAt));
                figures.put("readWhileDatabaseDown", read.statusCode() + " "
                        + read.headers().firstValue("Content-Type").orElse(""));
                assertEquals(503, read.statusCode(), "a read while the database is gone: " + read.body());
                assertEquals("application/problem+json", read.headers().firstValue("Content-Type").orElse(""));
                for (ServiceModule service : List.of(ServiceModule.INSPECTION, ServiceModule.FINANCE)) {
                    assertEquals(503, probe.get(system.managementUrl(service) + "/q/health/ready", null).statusCode(),
                            service + " reports not ready while the database is gone");
                }
                TimeUnit.SECONDS.sleep(3);
                system.startDatabase();
                long dbBackAt = System.nanoTime();
                load.phase("database back");
                Map<String, Object> recovery = readyAgain(system, probe, dbBackAt);
                long writesAgain = probe.awaitTrue(RECOVERY_BOUND, () -> load.acknowledgedSince(dbBackAt));
                figures.put("readySecondsAfterDatabaseStarted", recovery);
                figures.put("firstAcknowledgedWriteSecondsAfterDatabaseStarted", seconds(writesAgain - dbBackAt));
                assertEquals(pids, pids(system), "the services recovered without a restart");
                long gatewayWholeAgain = probe.awaitTrue(RECOVERY_BOUND,
                        () -> probe.statusSourcesOk(gateway + "/api/v1/status", reader, "plan", "finance"));
                figures.put("gatewayRecoveredSecondsAfterDatabaseStarted", seconds(gatewayWholeAgain - dbBackAt));

                // 3. Every PostgreSQL process killed with SIGKILL under write load: a crash, not a shutdown. What it
                // acknowledged before must be there after its recovery from the WAL.
                TimeUnit.SECONDS.sleep(1);
                load.phase("database killed");
                int acknowledgedBeforeKill = probe.acknowledgedWrites().size();
                system.killDatabase();
                long killedDbAt = System.nanoTime();
                figures.put("writesAcknowledgedBeforeDatabaseKilled", acknowledgedBeforeKill);
                TimeUnit.SECONDS.sleep(2);
                system.startDatabase();
                long dbRecoveredAt = System.nanoTime();
                load.phase("database recovered");
                Map<String, Object> afterKill = readyAgain(system, probe, dbRecoveredAt);
                figures.put("databaseKilledForSeconds", seconds(dbRecoveredAt - killedDbAt));
                figures.put("readySecondsAfterKilledDatabaseStarted", afterKill);
                long writesAfterKill = probe.awaitTrue(RECOVERY_BOUND, () -> load.acknowledgedSince(dbRecoveredAt));
                figures.put("firstAcknowledgedWriteSecondsAfterKilledDatabaseStarted",
                        seconds(writesAfterKill - dbRecoveredAt));
                assertEquals(pids, pids(system), "the services recovered from the crash without a restart");
                TimeUnit.SECONDS.sleep(1);
            }
            // The load has stopped (every request answered or failed): compare what was acknowledged.
            Set<String> stored = new HashSet<>();
            try (Connection c = DriverManager.getConnection(system.jdbcUrl(ServiceModule.PLAN),
                    system.databaseUser(), system.databasePassword());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select narrative from progress_update where narrative like 'fault run %'")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            Set<String> lost = new HashSet<>(probe.acknowledgedWrites());
            lost.removeAll(stored);
            figures.put("statusRequests", probe.statusAnswers());
            figures.put("statusNon200", probe.statusNon200());
            figures.put("statusNon200ByCode", probe.statusNon200ByCode());
            figures.put("statusAnswersPastDeadline", probe.statusPastDeadline(GATEWAY_DEADLINE));
            figures.put("statusAnswersPastDeadlinePlusAllowance",
                    probe.statusPastDeadline(GATEWAY_DEADLINE.plus(ANSWER_ALLOWANCE)));
            figures.put("statusSlowestMillis", probe.statusSlowestMillis());
            figures.put("statusByPhase", probe.statusByPhase());
            figures.put("writesTried", probe.writesTried());
            figures.put("writesAcknowledged", probe.acknowledgedWrites().size());
            figures.put("writesRefusedByKind", probe.writeFailures());
            figures.put("rowsStored", stored.size());
            figures.put("acknowledgedWritesLost", lost.size());
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "reliability-faults.json"), Json.write(figures) + "\n");
            System.out.println("Fault run: " + Json.write(figures));

            assertEquals(Set.of(), lost, "every acknowledged write is in the database");
            assertTrue(probe.acknowledgedWrites().size() > 0, "the writers got writes through");
            assertEquals(0, probe.statusNon200(), "the gateway answered every /status, degraded where it had to");
            assertEquals(0, probe.statusPastDeadline(GATEWAY_DEADLINE.plus(ANSWER_ALLOWANCE)),
                    "no /status answer came later than the gateway's deadline (and its allowance)");
            assertTrue(probe.sawDegraded("plan-service dead", "plan"),
                    "while plan-service was dead the gateway said plan was unavailable");
        }
    }

    /** For each service with a database, the seconds from {@code since} until it said it was ready again. */
    private static Map<String, Object> readyAgain(LocalSystem system, SystemProbe probe, long since)
            throws InterruptedException {
        Map<String, Object> seconds = new LinkedHashMap<>();
        for (ServiceModule service : List.of(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE)) {
            long ready = probe.awaitTrue(RECOVERY_BOUND,
                    () -> probe.get(system.managementUrl(service) + "/q/health/ready", null).statusCode() == 200);
            seconds.put(service.directory(), seconds(ready - since));
        }
        return seconds;
    }

    private static Map<ServiceModule, Long> pids(LocalSystem system) {
        Map<ServiceModule, Long> pids = new LinkedHashMap<>();
        for (ServiceModule service : List.of(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE,
                ServiceModule.GATEWAY)) {
            pids.put(service, system.process(service).pid());
        }
        return pids;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}
