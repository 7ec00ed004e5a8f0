package uk.csit.tracker.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the services use: an embedded server whose data lives in a directory and
 * survives restarts, or an external server given by the caller.
 */
abstract sealed class Database implements AutoCloseable permits Database.Embedded, Database.External {

    abstract String host();

    abstract int port();

    abstract String user();

    abstract String password();

    abstract String adminDatabase();

    @Override
    public abstract void close();

    /** Stops the server but keeps its data, as an outage would (fault tests); embedded only. */
    void stopServer() {
        throw new UnsupportedOperationException("Only the embedded PostgreSQL can be stopped from here");
    }

    /** Kills every process of the server with SIGKILL, as a crash would, keeping its data (fault tests); embedded only. */
    void killServer() {
        throw new UnsupportedOperationException("Only the embedded PostgreSQL can be killed from here");
    }

    /** Starts the stopped server again on the same port and data. */
    void startServer() {
        throw new UnsupportedOperationException("Only the embedded PostgreSQL can be started from here");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates the database when it is not there yet; its owner's migrations do the rest. */
    void ensureDatabase(String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl(adminDatabase()), user(), password());
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + host() + ":" + port()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database with everything in it, closing its connections, and creates it empty. */
    void recreateDatabase(String name) {
        checkName(name);
        try (Connection c = DriverManager.getConnection(jdbcUrl(adminDatabase()), user(), password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-create database " + name + " on " + host() + ":" + port()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void checkName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database names are lower-case identifiers: " + name);
        }
    }

    static Database embedded(Path dataDirectory, int port) {
        return new Embedded(dataDirectory, port);
    }

    static Database external(String host, int port, String user, String password, String adminDatabase) {
        return new External(host, port, user, password, adminDatabase);
    }

    static final class Embedded extends Database {
        private final Path dataDirectory;
        private volatile EmbeddedPostgres postgres;
        private volatile int port;

        Embedded(Path dataDirectory, int port) {
            this.dataDirectory = dataDirectory;
            this.postgres = start(dataDirectory, port);
            this.port = postgres.getPort();
        }

        /** The PostgreSQL major version of the embedded binaries, which a kept data directory must have been made by. */
        static final String MAJOR_VERSION = "15";

        private static EmbeddedPostgres start(Path dataDirectory, int port) {
            try {
                Files.createDirectories(dataDirectory);
                Path version = dataDirectory.resolve("PG_VERSION");
                if (Files.exists(version) && !Files.readString(version).trim().equals(MAJOR_VERSION)) {
                    throw new IllegalStateException(dataDirectory + " was made by PostgreSQL "
                            + Files.readString(version).trim() + " and this system runs PostgreSQL " + MAJOR_VERSION
                            + " (the version whose pg_dump Debian 12 packages, for bin/backup): move that folder"
                            + " away, or delete it, and start again (the seed is applied afresh).");
                }
                // The library starts PostgreSQL for throw-away test databases: -F (no fsync) and synchronous_commit off,
                // either of which can lose a write it acknowledged. These data are kept, so both are put back: a later
                // -c wins over -F, and each commit is flushed before it is acknowledged.
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                if (port > 0) {
                    builder.setPort(port);
                }
                return builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
            }
        }

        @Override
        synchronized void stopServer() {
            close();
        }

        @Override
        synchronized void startServer() {
            postgres = start(dataDirectory, port);
        }

        @Override
        synchronized void killServer() {
            long postmaster;
            try {
                // postmaster.pid's first line is the server's process id.
                postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("The embedded PostgreSQL's process id could not be read", e);
            }
            ProcessHandle server = ProcessHandle.of(postmaster)
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL process " + postmaster));
            java.util.List<ProcessHandle> all = new java.util.ArrayList<>(server.descendants().toList());
            all.add(0, server);
            all.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux: nothing is flushed or tidied
            for (ProcessHandle process : all) {
                process.onExit().join();
            }
            close(); // the library's own stop finds nothing running; it lets go of the data directory
        }

        @Override
        String host() {
            return "localhost";
        }

        @Override
        int port() {
            return port;
        }

        @Override
        String user() {
            return "postgres";
        }

        @Override
        String password() {
            return "";
        }

        @Override
        String adminDatabase() {
            return "postgres";
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    static final class External extends Database {
        private final String host;
        private final int port;
        private final String user;
        private final String password;
        private final String adminDatabase;

        External(String host, int port, String user, String password, String adminDatabase) {
            this.host = host;
            this.port = port;
            this.user = user;
            this.password = password;
            this.adminDatabase = adminDatabase;
        }

        @Override
        String host() {
            return host;
        }

        @Override
        int port() {
            return port;
        }

        @Override
        String user() {
            return user;
        }

        @Override
        String password() {
            return password;
        }

        @Override
        String adminDatabase() {
            return adminDatabase;
        }

        @Override
        public void close() {
            // Not ours to stop.
        }
    }
}
