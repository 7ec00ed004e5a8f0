package uk.csit.tracker.kit.data;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the seed scripts once each, after Flyway has migrated the schema. A script that has
 * been applied is recorded in {@code seed_history} and never run again, so a seeded row that an
 * officer later edits or removes stays as they left it.
 */
@ApplicationScoped
public class SeedLoader {

    @Inject
    SeedConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    uk.csit.tracker.kit.data.changes.SeedChanges changes;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            List<String> scripts = config.scripts().orElse(List.of());
            scripts.forEach(this::apply);
            // Then the seeded records' CREATEs in the change feed (also for a database seeded before they existed).
            scripts.forEach(changes::recordFor);
        }
    }

    void apply(String script) {
        String sql = read(script);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement()) {
                // One service instance seeds at a time.
                lock.execute("lock table seed_history in exclusive mode");
            }
            try (PreparedStatement seen = connection.prepareStatement("select 1 from seed_history where script = ?")) {
                seen.setString(1, script);
                try (ResultSet rs = seen.executeQuery()) {
                    if (rs.next()) {
                        connection.rollback();
                        return;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "insert into seed_history (script, applied_at) values (?, now())")) {
                record.setString(1, script);
                record.executeUpdate();
            }
            connection.commit();
            Log.infof("Applied seed %s", script);
        } catch (SQLException e) {
            throw new IllegalStateException("Seed " + script + " could not be applied", e);
        }
    }

    private static String read(String script) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("Seed script not found on the class path: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
