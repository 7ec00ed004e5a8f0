package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The system on one machine: PostgreSQL (embedded, with its data in a directory, or external) and
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

    /**
     * Each service's JVM unless SERVICE_JAVA_OPTS says otherwise: a small heap with a fixed young generation
     * (a service's live data is small, and the serial collector otherwise grows the young generation with the heap),
     * the serial collector, which keeps the resident memory of a small heap low, both compilers with the code cache
     * held to what a loaded service uses, the C heap given back to the system every 2 s (JDK 22+) and compact object
     * headers (JDK 25+).
     *
     * <p>The server compiler (C2) takes a method only after ten times its usual number of calls
     * ({@link #LATE_C2}): start-up code, run a few thousand times, stays with the client compiler, while
     * a request path under load passes the threshold within seconds. With C2 at its usual thresholds
     * its compiles competed with the start-up on 2 cores; with C1 alone a request path never reached C2 and served
     * fewer requests. With the ahead-of-time cache, start-up code does not even get C1's profiling
     * tier ({@link #trainAotCache}). bench/results/2026-12-04-jvm-options.md says what each bought.
     */
    /** The server compiler's thresholds at ten times HotSpot's defaults (5000, 600, 15000, 40000). */
    static final List<String> LATE_C2 = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    public static final List<String> DEFAULT_JVM_OPTIONS = defaultJvmOptions();

    private static List<String> defaultJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx128m", "-Xmn24m", "-XX:+UseSerialGC",
                "-XX:ReservedCodeCacheSize=48m", "-XX:+ExitOnOutOfMemoryError"));
        options.addAll(LATE_C2);
        if (Runtime.version().feature() >= 22) {
            options.add("-XX:TrimNativeHeapInterval=2000");
        }
        if (Runtime.version().feature() >= 25) {
            options.add("-XX:+UseCompactObjectHeaders");
        }
        return List.copyOf(options);
    }

    private static final String AOT_CACHE = "app.aot";
    /** How a training start runs: the client compiler only, and the cache written as it exits. */
    static final List<String> AOT_TRAINING = List.of("-XX:TieredStopAtLevel=1", "-XX:AOTCacheOutput=" + AOT_CACHE);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** Writing the cache takes a few seconds after the service has stopped. */
    private static final Duration AOT_WRITE_GRACE = Duration.ofSeconds(120);

    private final Builder settings;
    private final Database database;
    private final Map<ServiceModule, Integer> ports;
    private final Map<ServiceModule, Integer> managementPorts;
    private final Map<ServiceModule, Process> processes = new LinkedHashMap<>();
    private final Map<ServiceModule, Duration> readyAfter = new EnumMap<>(ServiceModule.class);
    private final SigningKeys keys;
    private FeedTokenFile feedToken;
    private volatile boolean closed;

    private LocalSystem(Builder settings, Database database, Map<ServiceModule, Integer> ports,
            Map<ServiceModule, Integer> managementPorts) {
        this.settings = settings;
        this.database = database;
        this.ports = ports;
        this.managementPorts = managementPorts;
        this.keys = new SigningKeys(settings.dataDirectory).ensure();
    }

    private synchronized FeedTokenFile feedTokenFile() {
        if (feedToken == null) {
            feedToken = new FeedTokenFile(keys, settings.dataDirectory.resolve("keys").resolve("gateway-feed.token"));
        }
        return feedToken;
    }

    /** The key pair the services trust, for signing tokens (see {@link TokenCommand}). */
    public SigningKeys signingKeys() {
        return keys;
    }

    public static Builder builder(Path repositoryRoot) {
        return new Builder(repositoryRoot);
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
    private Map<String, String> serviceDatabases() {
        Map<String, String> names = new LinkedHashMap<>();
        for (ServiceModule service : ports.keySet()) {
            service.database().ifPresent(name -> names.put(name, databaseName(service)));
        }
        return names;
    }

    private static DatabaseBackup.Server databaseServer(Database database) {
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
        Process running = processes.get(service);
        if (running != null && running.isAlive()) {
            return;
        }
        Path aotCache = service.application(settings.repositoryRoot).resolveSibling(AOT_CACHE);
        if (settings.aotCache && !isFresh(aotCache)) {
            trainAotCache(service, aotCache);
        }
        long begin = System.nanoTime();
        settings.progress.accept("Starting " + service.directory() + " on port " + port(service) + " ...");
        Process process = launch(service, settings.aotCache && Files.isRegularFile(aotCache)
                ? List.of("-XX:AOTCache=" + AOT_CACHE) : List.of());
        processes.put(service, process);
        awaitReady(service, process);
        readyAfter.put(service, Duration.ofNanos(System.nanoTime() - begin));
        settings.progress.accept(String.format("  %s ready in %.1f s", service.directory(),
                (System.nanoTime() - begin) / 1e9));
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
        if (feedToken != null) {
            feedToken.close();
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

    private void awaitReady(ServiceModule service, Process process) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + settings.readinessTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.directory() + " exited with code " + process.exitValue()
                        + " before it was ready. Its log: " + logFile(service) + "\n" + tail(logFile(service)));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.directory(), e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.directory(), e);
            }
        }
        throw new IllegalStateException(service.directory() + " was not ready within "
                + settings.readinessTimeout.toSeconds() + " s. Its log: " + logFile(service) + "\n"
                + tail(logFile(service)));
    }

    /** The service's database on the server: the prefix and the service's own name. */
    public String databaseName(ServiceModule service) {
        return settings.databasePrefix + service.database()
                .orElseThrow(() -> new IllegalArgumentException(service + " has no database"));
    }

    /**
     * Trains the service's ahead-of-time cache (JDK 25 and later): one start of the service with the
     * client compiler only ({@link #AOT_TRAINING}), stopped as soon as it is ready; the JVM writes the
     * cache as it exits. The cache then gives every later start of the same build its classes loaded
     * and linked, and HotSpot compiles what ran during the training start as the training did: once,
     * with C1 and without profiling. Start-up code, run a few hundred times and never again, so never
     * pays for C1's profiling tier and never reaches C2, while the request paths, which the training
     * never ran, go through the usual tiers to C2. Trained with both compilers, or with a load as well, the cache
     * made the start slower (bench/results/2026-12-04-jvm-options.md). The training runs on the service's own
     * database; when the system promised fresh databases, that one is made afresh afterwards.
     */
    private void trainAotCache(ServiceModule service, Path cache) {
        settings.progress.accept("Training " + service.directory() + "'s ahead-of-time cache (one start) ...");
        try {
            Files.deleteIfExists(cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process training = launch(service, AOT_TRAINING);
        try {
            awaitReady(service, training);
        } finally {
            stop(training, AOT_WRITE_GRACE);
        }
        if (!Files.isRegularFile(cache)) {
            settings.progress.accept("  " + service.directory() + " wrote no ahead-of-time cache; it starts without one");
        }
        if (settings.freshDatabases && service.database().isPresent()) {
            database.recreateDatabase(databaseName(service));
        }
    }

    /** Whether the ahead-of-time cache is there and newer than every jar in its service's folder. */
    private static boolean isFresh(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(cache.getParent())) {
            FileTime written = Files.getLastModifiedTime(cache);
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                if (Files.getLastModifiedTime(jar).compareTo(written) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Process process) {
        stop(process, STOP_GRACE);
    }

    private static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the system is started. */
    public static final class Builder {
        private final Path repositoryRoot;
        private final List<ServiceModule> services = new ArrayList<>(List.of(ServiceModule.values()));
        private final Map<ServiceModule, Integer> ports = new EnumMap<>(ServiceModule.class);
        private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
        private boolean freePorts;
        private boolean seed = true;
        private Path dataDirectory;
        private Path logDirectory;
        private int embeddedPort;
        private Database external;
        private String databasePrefix = "";
        private boolean freshDatabases;
        private Path restoreFrom;
        private Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        private boolean aotCache;
        private Duration readinessTimeout = Duration.ofSeconds(120);
        private Consumer<String> progress = message -> { };

        private Builder(Path repositoryRoot) {
            this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        }

        /** The services to start, in this order (dependencies first: the gateway last). */
        public Builder services(ServiceModule... chosen) {
            services.clear();
            services.addAll(List.of(chosen));
            return this;
        }

        public Builder port(ServiceModule service, int port) {
            ports.put(service, port);
            return this;
        }

        /** Every service (and the embedded PostgreSQL) on a free port: for tests. */
        public Builder freePorts() {
            this.freePorts = true;
            return this;
        }

        public Builder seed(boolean seed) {
            this.seed = seed;
            return this;
        }

        /** Where the embedded PostgreSQL keeps its data (kept across starts); a temporary one when not set. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        public Builder logDirectory(Path logDirectory) {
            this.logDirectory = logDirectory;
            return this;
        }

        public Builder embeddedDatabasePort(int port) {
            this.embeddedPort = port;
            return this;
        }

        /** Use this PostgreSQL server instead of an embedded one; its user must be able to create databases. */
        public Builder externalDatabase(String host, int port, String user, String password, String adminDatabase) {
            this.external = Database.external(host, port, user, password, adminDatabase);
            return this;
        }

        /** Prefix for the three databases' names, to keep several systems apart on one server. */
        public Builder databasePrefix(String prefix) {
            this.databasePrefix = prefix;
            return this;
        }

        /**
         * The external PostgreSQL named by TRACKER_DB_HOST (with TRACKER_DB_PORT, _USER, _PASSWORD,
         * _ADMIN_DATABASE and _PREFIX, the prefix defaulting to the one given) when it is set, else
         * the embedded one.
         */
        public Builder databaseFrom(Map<String, String> environment, String defaultPrefix) {
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
        public Builder freshDatabases(boolean fresh) {
            this.freshDatabases = fresh;
            return this;
        }

        /** Restores the services' databases from a {@code bin/backup} archive, replacing them, before they start. */
        public Builder restoreFrom(Path archive) {
            this.restoreFrom = archive;
            return this;
        }

        public Builder java(Path java) {
            this.java = java;
            return this;
        }

        /** Start the services with the JDK's ahead-of-time cache, training it on the first start (JDK 25+). */
        public Builder aotCache(boolean on) {
            this.aotCache = on && Runtime.version().feature() >= 25;
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        public Builder environment(String name, String value) {
            extraEnvironment.put(name, value);
            return this;
        }

        public Builder readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        public Builder progress(Consumer<String> progress) {
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
            for (ServiceModule service : services) {
                int port = ports.getOrDefault(service, freePorts ? freePort() : service.defaultPort());
                chosenPorts.put(service, port);
                // Health and metrics answer on a port of their own, a thousand above the API's unless ports are free.
                chosenManagementPorts.put(service, freePorts ? freePort() : port + 1000);
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
                    DatabaseBackup.of(databaseServer(database), System.getenv()).restore(restoreFrom,
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
                for (ServiceModule service : services) {
                    system.startService(service);
                }
                return system;
            } catch (RuntimeException e) {
                system.close();
                throw e;
            }
        }
    }
}
