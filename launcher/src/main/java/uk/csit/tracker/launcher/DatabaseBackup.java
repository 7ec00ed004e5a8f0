package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup of the services' databases as one archive: each database dumped by pg_dump (custom format, which
 * pg_restore reads) beside a {@link BackupManifest}. A restore checks every dump against the manifest before it
 * changes anything, then makes each database afresh and restores it with pg_restore.
 */
public final class DatabaseBackup {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    /** Where the databases are and who may dump and make them. */
    public record Server(String host, int port, String user, String password, String adminDatabase) {

        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        Map<String, String> environment() {
            return password == null || password.isEmpty() ? Map.of() : Map.of("PGPASSWORD", password);
        }

        List<String> connection(String database) {
            return List.of("--host=" + host, "--port=" + port, "--username=" + user, "--dbname=" + database,
                    "--no-password");
        }
    }

    private final Server server;
    private final PostgresTools tools;

    DatabaseBackup(Server server, PostgresTools tools) {
        this.server = server;
        this.tools = tools;
    }

    public static DatabaseBackup of(Server server, Map<String, String> environment) {
        return new DatabaseBackup(server, PostgresTools.find(environment));
    }

    /**
     * Dumps each database ({@code names}: the service's database, without prefix, to the name it has on the server)
     * into one new archive in {@code directory}; returns the archive.
     */
    public Path backup(Map<String, String> names, Path directory, Clock clock) {
        tools.requireFor("pg_dump", serverMajor());
        Instant takenAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            Files.createDirectories(directory);
            Path work = Files.createTempDirectory(directory, ".backup-");
            try {
                List<BackupManifest.Dump> dumps = new ArrayList<>();
                for (Map.Entry<String, String> name : names.entrySet()) {
                    Path file = work.resolve(name.getKey() + ".dump");
                    List<String> command = new ArrayList<>(List.of(tools.program("pg_dump"), "--format=custom",
                            "--no-owner", "--no-privileges", "--file=" + file));
                    command.addAll(server.connection(name.getValue()));
                    PostgresTools.run(command, server.environment());
                    dumps.add(new BackupManifest.Dump(name.getKey(), file.getFileName().toString(), Files.size(file),
                            BackupManifest.sha256(file)));
                }
                BackupManifest manifest = new BackupManifest(takenAt, serverVersion(), dumps);
                Path archive = directory.resolve("csit-backup-" + FILE_TIME.format(takenAt) + ".zip");
                Path partial = work.resolve("archive.zip");
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                    zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                    zip.write(BackupManifest.bytes(manifest));
                    zip.closeEntry();
                    for (BackupManifest.Dump dump : dumps) {
                        // pg_dump's custom format is compressed already.
                        ZipEntry entry = new ZipEntry(dump.file());
                        zip.putNextEntry(entry);
                        Files.copy(work.resolve(dump.file()), zip);
                        zip.closeEntry();
                    }
                }
                // Whole or not at all: an archive by this name is never half-written.
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                return archive;
            } finally {
                deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Restores every database of the archive under the names given (the service's database to its name on the
     * server), each made afresh: what a database held before is replaced. Refuses to replace a database that holds
     * tables unless {@code replace}.
     */
    public BackupManifest restore(Path archive, Map<String, String> names, boolean replace) {
        BackupManifest manifest = BackupManifest.verified(archive);
        tools.requireFor("pg_restore", serverMajor());
        for (BackupManifest.Dump dump : manifest.dumps()) {
            if (!names.containsKey(dump.database())) {
                throw new IllegalArgumentException("The archive holds database '" + dump.database()
                        + "', which this system does not have");
            }
            if (!replace && holdsTables(names.get(dump.database()))) {
                throw new IllegalStateException("Database " + names.get(dump.database()) + " holds data: say --replace"
                        + " to replace it with the archive's");
            }
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Path work = Files.createTempDirectory("csit-restore-");
            try {
                for (BackupManifest.Dump dump : manifest.dumps()) {
                    Path file = work.resolve(dump.file());
                    try (InputStream in = zip.getInputStream(zip.getEntry(dump.file()))) {
                        Files.copy(in, file);
                    }
                    String name = names.get(dump.database());
                    recreate(name);
                    List<String> command = new ArrayList<>(List.of(tools.program("pg_restore"), "--no-owner",
                            "--no-privileges", "--exit-on-error", "--single-transaction"));
                    command.addAll(server.connection(name));
                    command.add(file.toString());
                    PostgresTools.run(command, server.environment());
                }
            } finally {
                deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }

    private int serverMajor() {
        return Integer.parseInt(query(server.adminDatabase(), "show server_version_num")) / 10000;
    }

    private String serverVersion() {
        return query(server.adminDatabase(), "show server_version");
    }

    private boolean holdsTables(String database) {
        if (!"1".equals(query(server.adminDatabase(), "select count(*) from pg_database where datname = '"
                + checked(database) + "'"))) {
            return false;
        }
        return !"0".equals(query(database, "select count(*) from pg_tables where schemaname = 'public'"));
    }

    private void recreate(String database) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()), server.user(),
                server.password()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + checked(database) + " with (force)");
            s.execute("create database " + checked(database));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make database " + database + " afresh: " + e.getMessage(), e);
        }
    }

    private String query(String database, String sql) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server.host() + ":" + server.port() + " could not be"
                    + " asked: " + e.getMessage(), e);
        }
    }

    private static String checked(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database names are lower-case identifiers: " + database);
        }
        return database;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The service databases of a system under a prefix: the service's database to its name on the server. */
    public static Map<String, String> serviceDatabases(String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ServiceModule service : ServiceModule.values()) {
            service.database().ifPresent(database -> names.put(database, prefix + database));
        }
        return names;
    }
}
