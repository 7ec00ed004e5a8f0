package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Over 300 lines because it is the running system's one face for its callers (ports, URLs, its database, its
 * processes); the JVM's options, the ahead-of-time cache's freshness, waiting for and stopping a process and the
 * settings are each a class of their own.
 *
 * <p>The system on one machine: PostgreSQL (embedded, with its data in a directory, or external) and
 * the chosen services as child processes of this JVM, each started from its packaged application
 * and waited for until its readiness check answers. Closing it stops them all and the database.
 *
 * <pre>{@code
 * try (LocalSystem system = LocalSystem.builder(repoRoot)
 *         .services(ServiceModule.PLAN, ServiceModule.INSPECTION, ServiceModule.FINANCE)
 *         .freePorts().seed(true).start()) {
 *     String plan = system.baseUrl(ServiceModule.PLAN);
 * }
 * }</pre>
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** Writing the cache takes a few seconds after the service has stopped. */
    private static final Duration AOT_WRITE_GRACE = Duration.ofSeconds(120);
    /**
     * Held while caches are checked and trained: two systems started at once in one JVM (test classes side by side)
     * would otherwise both find a service's cache stale and write the same file; the second finds it fresh.
     */
    private static final Object AOT_TRAINING = new Object();

    private final LocalSystemBuilder settings;
    private final Database database;
    private final Map<ServiceModule, Integer> ports;
    private final Map<ServiceModule, Integer> managementPorts;
    private final Map<ServiceModule, Process> processes = new LinkedHashMap<>();
    private final Map<ServiceModule, Duration> readyAfter = new ConcurrentHashMap<>();
    private final SigningKeys keys;
    private final Object feedTokenLock = new Object();
    private FeedTokenFile feedToken;
    private volatile boolean closed;

    LocalSystem(LocalSystemBuilder settings, Database database, Map<ServiceModule, Integer> ports,
            Map<ServiceModule, Integer> managementPorts) {
        this.settings = settings;
        this.database = database;
        this.ports = ports;
        this.managementPorts = managementPorts;
        this.keys = new SigningKeys(settings.dataDirectory).ensure();
    }

    /** Its own lock, not the system's: the gateway is launched (to train its cache) on a thread of its own. */
    private FeedTokenFile feedTokenFile() {
        synchronized (feedTokenLock) {
            if (feedToken == null) {
                feedToken = new FeedTokenFile(keys, settings.dataDirectory.resolve("keys").resolve("gateway-feed.token"));
            }
            return feedToken;
        }
    }

    /** The key pair the services trust, for signing tokens (see {@link TokenCommand}). */
    public SigningKeys signingKeys() {
        return keys;
    }

    public static LocalSystemBuilder builder(Path repositoryRoot) {
        return new LocalSystemBuilder(repositoryRoot);
    }

    /** The port of the service's health checks and metrics, apart from its API (Quarkus' management interface). */
    public int managementPort(ServiceModule service) {
        return Objects.requireNonNull(managementPorts.get(service), () -> service + " is not part of this system");
    }

    /** Where the service's health checks and metrics are: {@code /q/health/ready}, {@code /q/metrics}. */
    public String managementUrl(ServiceModule service) {
        return "http://localhost:" + managementPort(service);
    }

    public int port(ServiceModule service) {
        return Objects.requireNonNull(ports.get(service), () -> service + " is not part of this system");
    }

    public String baseUrl(ServiceModule service) {
        return "http://localhost:" + port(service);
    }

    public String jdbcUrl(ServiceModule service) {
        return database.jdbcUrl(databaseName(service));
    }

    public String databaseHost() {
        return database.host();
    }

    public int databasePort() {
        return database.port();
    }

    /** One archive of every database of this system's services (what {@code bin/backup} makes), in the directory. */
    public Path backup(Path directory) {
        return DatabaseBackup.of(databaseServer(database), System.getenv()).backup(serviceDatabases(),
                directory, java.time.Clock.systemUTC());
    }

    /** Each of this system's services' databases (without the prefix) to its name on the server. */
    Map<String, String> serviceDatabases() {
        Map<String, String> names = new LinkedHashMap<>();
        for (ServiceModule service : ports.keySet()) {
            service.database().ifPresent(name -> names.put(name, databaseName(service)));
        }
        return names;
    }

    static DatabaseBackup.Server databaseServer(Database database) {
        return new DatabaseBackup.Server(database.host(), database.port(), database.user(), database.password(),
                database.adminDatabase());
    }

    public String databaseUser() {
        return database.user();
    }

    public String databasePassword() {
        return database.password();
    }

    public String adminDatabase() {
        return database.adminDatabase();
    }

    public String databasePrefix() {
        return settings.databasePrefix;
    }

    /** Whether the PostgreSQL is a server given by the caller rather than the embedded one. */
    public boolean externalDatabase() {
        return database instanceof Database.External;
    }

    public Path logFile(ServiceModule service) {
        return settings.logDirectory().resolve(service.directory() + ".log");
    }

    /** The service's process, for callers that watch or kill it (fault tests). */
    public Process process(ServiceModule service) {
        return processes.get(service);
    }

    /** Makes the service's database when it is not there yet, and gives its JDBC URL (for a service run elsewhere). */
    public String createDatabase(ServiceModule service) {
        database.ensureDatabase(databaseName(service));
        return jdbcUrl(service);
    }

    /** Stops the embedded PostgreSQL, keeping its data, as an outage would (fault tests). */
    public void stopDatabase() {
        database.stopServer();
    }

    /** Kills every process of the embedded PostgreSQL with SIGKILL, as a crash would (fault tests). */
    public void killDatabase() {
        database.killServer();
    }

    /** Starts the embedded PostgreSQL again on the same port and data after {@link #stopDatabase()} or a kill. */
    public void startDatabase() {
        database.startServer();
    }

    /** Starts (or starts again, after it was stopped) one service and waits for it to be ready. */
    public synchronized void startService(ServiceModule service) {
        startServices(List.of(service));
    }

    /**
     * Starts these services side by side and waits until each is ready; none of them may need another of them to
     * start (the gateway does not: it is started after the services it calls only so that its first answers are
     * whole). A service already running is left as it is.
     */
    synchronized void startServices(List<ServiceModule> services) {
        List<ServiceModule> stopped = services.stream().filter(service -> {
            Process running = processes.get(service);
            return running == null || !running.isAlive();
        }).toList();
        trainStaleAotCaches(stopped);
        Map<ServiceModule, Long> launchedAt = new EnumMap<>(ServiceModule.class);
        for (ServiceModule service : stopped) {
            settings.progress.accept("Starting " + service.directory() + " on port " + port(service) + " ...");
            launchedAt.put(service, System.nanoTime());
            processes.put(service, launch(service, settings.aotCache && Files.isRegularFile(aotCache(service))
                    ? List.of("-XX:AOTCache=" + JvmOptions.AOT_CACHE) : List.of()));
        }
        // Each is waited for on a thread of its own, so that each one's ready time is its own.
        sideBySide(stopped, service -> {
            awaitReady(service, processes.get(service));
            long nanos = System.nanoTime() - launchedAt.get(service);
            readyAfter.put(service, Duration.ofNanos(nanos));
            settings.progress.accept(String.format("  %s ready in %.1f s", service.directory(), nanos / 1e9));
        }, "starting");
    }

    /**
     * Trains, side by side, the ahead-of-time caches of these services that are missing or older than their jars (when
     * the system starts with the cache): a training start is mostly one thread's work.
     */
    void trainStaleAotCaches(List<ServiceModule> services) {
        synchronized (AOT_TRAINING) {
            sideBySide(services.stream().filter(service -> settings.aotCache && !AotCache.isFresh(aotCache(service)))
                    .toList(), service -> trainAotCache(service, aotCache(service)), "training the caches of");
        }
    }

    /** Does the work for each service on a thread of its own and returns when all are done; the first failure is thrown. */
    private static void sideBySide(List<ServiceModule> services, Consumer<ServiceModule> work, String what) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (ServiceModule service : services) {
                done.add(threads.submit(() -> work.accept(service)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what + " " + services, e);
        }
    }

    private Path aotCache(ServiceModule service) {
        return service.application(settings.repositoryRoot).resolveSibling(JvmOptions.AOT_CACHE);
    }

    /** How long the service's last start took, from launching its JVM to its readiness check answering 200. */
    public Duration readyAfter(ServiceModule service) {
        return readyAfter.get(service);
    }

    /** Stops one service (SIGTERM, then SIGKILL after the grace period). */
    public synchronized void stopService(ServiceModule service) {
        Process process = processes.remove(service);
        if (process != null) {
            stop(process);
        }
    }

    /** Reports a service that has died, so the caller can stop the rest. */
    public List<ServiceModule> deadServices() {
        List<ServiceModule> dead = new ArrayList<>();
        processes.forEach((service, process) -> {
            if (!process.isAlive()) {
                dead.add(service);
            }
        });
        return dead;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceModule> order = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(order);
        order.forEach(service -> processes.get(service).destroy());
        for (ServiceModule service : order) {
            stop(processes.get(service));
        }
        processes.clear();
        synchronized (feedTokenLock) {
            if (feedToken != null) {
                feedToken.close();
            }
        }
        database.close();
    }

    private Process launch(ServiceModule service, List<String> extraJvmOptions) {
        Path application = service.application(settings.repositoryRoot);
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException("No packaged application at " + application
                    + ": build first (mvn -DskipTests package).");
        }
        List<String> command = new ArrayList<>();
        command.add(settings.java.toString());
        command.addAll(settings.jvmOptions);
        command.addAll(extraJvmOptions);
        command.add("-jar");
        command.add(application.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(application.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(service).toFile()));
        Map<String, String> env = builder.environment();
        // Two malloc arenas, not one per core for every thread: the JVM allocates little with malloc.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.put("HTTP_PORT", Integer.toString(port(service)));
        env.put("MANAGEMENT_PORT", Integer.toString(managementPort(service)));
        env.put("JWT_PUBLIC_KEY_LOCATION", keys.publicKey().toUri().toString());
        env.put("JWT_ISSUER", SigningKeys.ISSUER);
        env.put("JWT_AUDIENCE", SigningKeys.AUDIENCE);
        service.database().ifPresent(name -> {
            env.put("DB_URL", database.jdbcUrl(databaseName(service)));
            env.put("DB_USER", database.user());
            env.put("DB_PASSWORD", database.password());
            env.put("SEED_ENABLED", Boolean.toString(settings.seed));
        });
        if (service == ServiceModule.GATEWAY) {
            // The gateway follows the services' change feeds for webhooks with a token of its own, renewed in a file.
            env.put("WEBHOOK_FEED_TOKEN_FILE", feedTokenFile().path().toString());
            // A laptop's receivers are plain http; internal addresses stay refused unless WEBHOOK_ALLOWED_NETWORKS says.
            env.put("WEBHOOK_REQUIRE_HTTPS", "false");
            env.put("WEBHOOK_SECRET_KEY", LocalSecrets.ensure(settings.dataDirectory, LocalSecrets.WEBHOOK_SECRET_KEY));
            for (ServiceModule downstream : ports.keySet()) {
                if (downstream != ServiceModule.GATEWAY) {
                    env.put(downstream.gatewayUrlVariable(), baseUrl(downstream));
                }
            }
        }
        env.putAll(settings.extraEnvironment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.directory(), e);
        }
    }

    /** The service's database on the server: the prefix and the service's own name. */
    public String databaseName(ServiceModule service) {
        return settings.databasePrefix + service.database()
                .orElseThrow(() -> new IllegalArgumentException(service + " has no database"));
    }

    private void awaitReady(ServiceModule service, Process process) {
        ServiceProcess.awaitReady(service.directory(), URI.create(managementUrl(service) + "/q/health/ready"), process,
                settings.readinessTimeout, logFile(service));
    }

    /**
     * Trains the service's ahead-of-time cache (JDK 25 and later): one start of the service with its own options
     * ({@link JvmOptions#AOT_TRAINING}), stopped as soon as it is ready; the JVM writes the cache as it exits. The
     * cache then gives every later start of the same build its classes loaded and linked and the start-up's
     * methods' profiles. Trained with a load as well, the cache made the start slower
     * (bench/results/2026-12-04-jvm-options.md). The training runs on the service's own database; when the system
     * promised fresh databases, that one is made afresh afterwards.
     */
    private void trainAotCache(ServiceModule service, Path cache) {
        settings.progress.accept("Training " + service.directory() + "'s ahead-of-time cache (one start) ...");
        try {
            Files.deleteIfExists(cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process training = launch(service, JvmOptions.AOT_TRAINING);
        try {
            awaitReady(service, training);
        } finally {
            ServiceProcess.stop(training, AOT_WRITE_GRACE);
        }
        if (!Files.isRegularFile(cache)) {
            settings.progress.accept("  " + service.directory() + " wrote no ahead-of-time cache; it starts without one");
        }
        if (settings.freshDatabases && service.database().isPresent()) {
            database.recreateDatabase(databaseName(service));
        }
    }

    private static void stop(Process process) {
        ServiceProcess.stop(process, STOP_GRACE);
    }
}
