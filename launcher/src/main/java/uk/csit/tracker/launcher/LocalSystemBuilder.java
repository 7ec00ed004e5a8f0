package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** How a {@link LocalSystem} is started: which services, on which ports, on which database, with which JVM. */
public final class LocalSystemBuilder {
    final Path repositoryRoot;
    final List<ServiceModule> services = new ArrayList<>(List.of(ServiceModule.values()));
    final Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
    final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    boolean freePorts;
    boolean seed = true;
    Path dataDirectory;
    Path logDirectory;
    int embeddedPort;
    Database external;
    String databasePrefix = "";
    boolean freshDatabases;
    Path restoreFrom;
    Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
    List<String> jvmOptions = JvmOptions.DEFAULTS;
    boolean aotCache;
    boolean oneAtATime;
    Duration readinessTimeout = Duration.ofSeconds(120);
    Consumer<String> progress = message -> { };

    LocalSystemBuilder(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    }

    /** The services to start: the gateway after the services it calls, which start side by side. */
    public LocalSystemBuilder services(ServiceModule... chosen) {
        services.clear();
        services.addAll(List.of(chosen));
        return this;
    }

    public LocalSystemBuilder port(ServiceModule service, int port) {
        ports.put(service, port);
        return this;
    }

    /** Every service (and the embedded PostgreSQL) on a free port: for tests. */
    public LocalSystemBuilder freePorts() {
        this.freePorts = true;
        return this;
    }

    public LocalSystemBuilder seed(boolean seed) {
        this.seed = seed;
        return this;
    }

    /** Where the embedded PostgreSQL keeps its data (kept across starts); a temporary one when not set. */
    public LocalSystemBuilder dataDirectory(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        return this;
    }

    public LocalSystemBuilder logDirectory(Path logDirectory) {
        this.logDirectory = logDirectory;
        return this;
    }

    public LocalSystemBuilder embeddedDatabasePort(int port) {
        this.embeddedPort = port;
        return this;
    }

    /** Use this PostgreSQL server instead of an embedded one; its user must be able to create databases. */
    public LocalSystemBuilder externalDatabase(String host, int port, String user, String password, String adminDatabase) {
        this.external = Database.external(host, port, user, password, adminDatabase);
        return this;
    }

    /** Prefix for the three databases' names, to keep several systems apart on one server. */
    public LocalSystemBuilder databasePrefix(String prefix) {
        this.databasePrefix = prefix;
        return this;
    }

    /**
     * The external PostgreSQL named by TRACKER_DB_HOST (with TRACKER_DB_PORT, _USER, _PASSWORD,
     * _ADMIN_DATABASE and _PREFIX, the prefix defaulting to the one given) when it is set, else
     * the embedded one.
     */
    public LocalSystemBuilder databaseFrom(Map<String, String> environment, String defaultPrefix) {
        String host = environment.get("TRACKER_DB_HOST");
        if (host != null && !host.isBlank()) {
            externalDatabase(host, Integer.parseInt(environment.getOrDefault("TRACKER_DB_PORT", "5432")),
                    environment.getOrDefault("TRACKER_DB_USER", "postgres"),
                    environment.getOrDefault("TRACKER_DB_PASSWORD", ""),
                    environment.getOrDefault("TRACKER_DB_ADMIN_DATABASE", "postgres"));
            databasePrefix(environment.getOrDefault("TRACKER_DB_PREFIX", defaultPrefix));
        }
        return this;
    }

    /**
     * Drops the services' databases, if they are there, and starts on empty ones (the benchmark).
     * On an external server only with a database prefix, so that it never drops another system's.
     */
    public LocalSystemBuilder freshDatabases(boolean fresh) {
        this.freshDatabases = fresh;
        return this;
    }

    /** Restores the services' databases from a {@code bin/backup} archive, replacing them, before they start. */
    public LocalSystemBuilder restoreFrom(Path archive) {
        this.restoreFrom = archive;
        return this;
    }

    public LocalSystemBuilder java(Path java) {
        this.java = java;
        return this;
    }

    /**
     * Start the services with the JDK's ahead-of-time cache, training it on the first start (JDK 25+), as
     * {@code bin/run} does. Off unless asked: a module's tests start a system once or twice, fewer starts than pay
     * for a training; the system tests, which start about forty service JVMs, ask for it
     * (bench/results/2026-12-06-ci-time.md).
     */
    public LocalSystemBuilder aotCache(boolean on) {
        this.aotCache = on && Runtime.version().feature() >= 25;
        return this;
    }

    /**
     * Each service started alone, after the one before it is ready (the benchmark: a service's ready time is then
     * its own, not shared with the others starting beside it). Otherwise the services the gateway calls start
     * side by side, then the gateway.
     */
    public LocalSystemBuilder oneAtATime() {
        this.oneAtATime = true;
        return this;
    }

    public LocalSystemBuilder jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    public LocalSystemBuilder environment(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

    public LocalSystemBuilder readinessTimeout(Duration timeout) {
        this.readinessTimeout = timeout;
        return this;
    }

    public LocalSystemBuilder progress(Consumer<String> progress) {
        this.progress = progress;
        return this;
    }

    Path logDirectory() {
        return logDirectory;
    }

    /** Starts the database and every chosen service; on any failure stops what it started. */
    public LocalSystem start() {
        try {
            if (dataDirectory == null) {
                dataDirectory = Files.createTempDirectory("csit-local-");
            }
            if (logDirectory == null) {
                logDirectory = dataDirectory.resolve("logs");
            }
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ServiceModule, Integer> chosenPorts = new EnumMap<>(ServiceModule.class);
        Map<ServiceModule, Integer> chosenManagementPorts = new EnumMap<>(ServiceModule.class);
        FreePorts free = FreePorts.forOneSystem();
        for (ServiceModule service : services) {
            int port = ports.getOrDefault(service, freePorts ? free.next() : service.defaultPort());
            chosenPorts.put(service, port);
            // Health and metrics answer on a port of their own, a thousand above the API's unless ports are free.
            chosenManagementPorts.put(service, freePorts ? free.next() : port + 1000);
        }
        progress.accept(external == null
                ? "Starting PostgreSQL (embedded, data in " + dataDirectory.resolve("postgres") + ") ..."
                : "Using PostgreSQL at " + external.host() + ":" + external.port());
        if (freshDatabases && external != null && databasePrefix.isEmpty()) {
            throw new IllegalStateException("Fresh databases on an external server need a database prefix");
        }
        Database database = external != null ? external
                : Database.embedded(dataDirectory.resolve("postgres"), freePorts ? 0 : embeddedPort);
        LocalSystem system = new LocalSystem(this, database, chosenPorts, chosenManagementPorts);
        try {
            if (restoreFrom != null) {
                DatabaseBackup.of(LocalSystem.databaseServer(database), System.getenv()).restore(restoreFrom,
                        system.serviceDatabases(), true);
            }
            for (ServiceModule service : services) {
                if (service.database().isPresent() && restoreFrom == null) {
                    String name = system.databaseName(service);
                    if (freshDatabases) {
                        database.recreateDatabase(name);
                    } else {
                        database.ensureDatabase(name);
                    }
                }
            }
            List<ServiceModule> callers = services.stream().filter(ServiceModule.GATEWAY::equals).toList();
            List<ServiceModule> called = services.stream().filter(service -> !callers.contains(service)).toList();
            if (oneAtATime) {
                services.forEach(system::startService);
            } else {
                system.trainStaleAotCaches(services);
                system.startServices(called);
                system.startServices(callers);
            }
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }
}
