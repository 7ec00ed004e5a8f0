package uk.csit.tracker.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL that {@code bin/run} uses, for {@code bin/backup} and {@code bin/restore}: the server named by
 * TRACKER_DB_HOST (and its siblings), else the embedded one in DATA_DIR, used where it runs (bin/run is up) or
 * started here on its data for as long as the command needs it.
 */
final class BackupTarget implements AutoCloseable {

    final DatabaseBackup.Server server;
    final String prefix;
    /** True when bin/run's own embedded server is running (its services may be writing). */
    final boolean inUse;
    private final Database startedHere;

    private BackupTarget(DatabaseBackup.Server server, String prefix, boolean inUse, Database startedHere) {
        this.server = server;
        this.prefix = prefix;
        this.inUse = inUse;
        this.startedHere = startedHere;
    }

    static BackupTarget from(Map<String, String> env) {
        String host = env.get("TRACKER_DB_HOST");
        if (host != null && !host.isBlank()) {
            return new BackupTarget(new DatabaseBackup.Server(host,
                    Integer.parseInt(env.getOrDefault("TRACKER_DB_PORT", "5432")),
                    env.getOrDefault("TRACKER_DB_USER", "postgres"), env.getOrDefault("TRACKER_DB_PASSWORD", ""),
                    env.getOrDefault("TRACKER_DB_ADMIN_DATABASE", "postgres")),
                    env.getOrDefault("TRACKER_DB_PREFIX", ""), false, null);
        }
        Path root = Path.of(env.getOrDefault("TRACKER_HOME", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(env.getOrDefault("DATA_DIR", "data")).resolve("postgres").normalize();
        Integer running = runningPort(data);
        if (running != null) {
            return new BackupTarget(new DatabaseBackup.Server("localhost", running, "postgres", "", "postgres"), "",
                    true, null);
        }
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("There is no database in " + data + " yet: start the system with bin/run"
                    + " first (or set DATA_DIR)");
        }
        Database database = Database.embedded(data, 0);
        return new BackupTarget(new DatabaseBackup.Server(database.host(), database.port(), database.user(),
                database.password(), database.adminDatabase()), "", false, database);
    }

    /** The port of the server running on {@code data}, from its postmaster.pid, or null when none runs. */
    static Integer runningPort(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return null;
            }
            // Lines: process id, data directory, start time, port, ...
            List<String> lines = Files.readAllLines(pidFile);
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive)
                    .orElse(false);
            if (lines.size() < 4 || !alive) {
                return null;
            }
            return Integer.parseInt(lines.get(3).trim());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    Map<String, String> databases() {
        return DatabaseBackup.serviceDatabases(prefix);
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
