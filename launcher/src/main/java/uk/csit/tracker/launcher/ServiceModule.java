package uk.csit.tracker.launcher;

import java.nio.file.Path;
import java.util.Optional;

/** The four services: their module directory, default port and database (the gateway's holds its webhooks). */
public enum ServiceModule {
    INSPECTION("inspection-service", 8082, "inspection"),
    PLAN("plan-service", 8081, "plan"),
    FINANCE("finance-service", 8083, "finance"),
    GATEWAY("gateway", 8080, "gateway");

    private final String directory;
    private final int defaultPort;
    private final String database;

    ServiceModule(String directory, int defaultPort, String database) {
        this.directory = directory;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String directory() {
        return directory;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The packaged application the build leaves in the module. */
    public Path application(Path repositoryRoot) {
        return repositoryRoot.resolve(directory).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The environment variable that points the gateway at this service. */
    public String gatewayUrlVariable() {
        return name() + "_SERVICE_URL";
    }
}
