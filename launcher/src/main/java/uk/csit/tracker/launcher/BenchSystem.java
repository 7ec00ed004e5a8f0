package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The system for the benchmark (bench/run): all four services on fresh databases with no Havering
 * seed, loaded with the SYNTHETIC data set of bench/sql at a scale, then described in a JSON file
 * (ports, process ids, start-up times, the database, a token) and kept running until the process is
 * stopped. The databases are an embedded PostgreSQL's, or, when TRACKER_DB_HOST names a server (as
 * for bin/run), that server's, prefixed {@code csit_bench_} unless TRACKER_DB_PREFIX says otherwise;
 * either way they are dropped and re-created at each start.
 *
 * <p>Usage: {@code BenchSystem <repository root> <scale> <data directory> <description file>}
 */
public final class BenchSystem {

    private BenchSystem() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int scale = Integer.parseInt(args[1]);
        Path data = Path.of(args[2]).toAbsolutePath();
        Path description = Path.of(args[3]).toAbsolutePath();
        LocalSystem system = LocalSystem.builder(root).freePorts().seed(false).dataDirectory(data)
                .jvmOptions(System.getenv().containsKey("SERVICE_JAVA_OPTS")
                        ? List.of(System.getenv("SERVICE_JAVA_OPTS").trim().split("\\s+")) : JvmOptions.DEFAULTS)
                .aotCache(true).oneAtATime()
                .databaseFrom(System.getenv(), "csit_bench_").freshDatabases(true)
                .environment("RATE_LIMIT_ENABLED", "false")
                .progress(line -> System.err.println(line)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(system::close));
        long loadBegin = System.nanoTime();
        load(system, ServiceModule.PLAN, root.resolve("bench/sql/plan.sql"), scale);
        load(system, ServiceModule.INSPECTION, root.resolve("bench/sql/inspection.sql"), scale);
        load(system, ServiceModule.FINANCE, root.resolve("bench/sql/finance.sql"), scale);
        double loadSeconds = (System.nanoTime() - loadBegin) / 1e9;
        String token = TokenCommand.sign(system.signingKeys(), "bench", List.of("ADMIN"), Duration.ofHours(12));
        StringBuilder json = new StringBuilder("{\"scale\":").append(scale)
                .append(",\"loadSeconds\":").append(String.format("%.1f", loadSeconds))
                .append(",\"pgExternal\":").append(system.externalDatabase())
                .append(",\"pgHost\":\"").append(system.databaseHost()).append('"')
                .append(",\"pgPort\":").append(system.databasePort())
                .append(",\"pgUser\":\"").append(system.databaseUser()).append('"')
                .append(",\"pgAdminDatabase\":\"").append(system.adminDatabase()).append('"')
                .append(",\"pgPrefix\":\"").append(system.databasePrefix()).append('"')
                .append(",\"token\":\"").append(token).append('"')
                .append(",\"services\":{");
        String separator = "";
        for (ServiceModule service : ServiceModule.values()) {
            json.append(separator).append('"').append(service.directory()).append("\":{\"port\":")
                    .append(system.port(service))
                    .append(",\"database\":\"").append(system.databaseName(service)).append('"')
                    .append(",\"pid\":").append(system.process(service).pid())
                    .append(",\"readySeconds\":").append(String.format("%.2f", system.readyAfter(service).toNanos() / 1e9))
                    .append('}');
            separator = ",";
        }
        json.append("}}\n");
        Path partial = description.resolveSibling(description.getFileName() + ".part");
        Files.writeString(partial, json);
        Files.move(partial, description, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.err.println("Benchmark system ready: " + description);
        Thread.currentThread().join();
    }

    private static void load(LocalSystem system, ServiceModule service, Path script, int scale) {
        try (Connection c = DriverManager.getConnection(system.jdbcUrl(service), system.databaseUser(),
                system.databasePassword()); Statement s = c.createStatement()) {
            String sql = Files.readString(script).replace(":scale", Integer.toString(scale));
            for (String statement : sql.split(";\\s*\\n")) {
                String body = statement.lines().filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!body.isEmpty()) {
                    s.execute(body);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Loading " + script + " into " + service.directory() + " failed: "
                    + e.getMessage(), e);
        }
        System.err.println("  synthetic data (scale " + scale + ") loaded into " + service.directory());
    }
}
