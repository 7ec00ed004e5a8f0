package uk.csit.tracker.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/run}: the whole system on this machine. Configuration comes from the environment (see
 * the README's configuration table); Ctrl-C or SIGTERM stops every service and the database.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("TRACKER_HOME", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(env.getOrDefault("DATA_DIR", "data")).normalize();

        LocalSystemBuilder builder = LocalSystem.builder(root)
                .services(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE, ServiceModule.GATEWAY)
                .dataDirectory(data)
                .seed(Boolean.parseBoolean(env.getOrDefault("SEED_ENABLED", "true")))
                .embeddedDatabasePort(Integer.parseInt(env.getOrDefault("PG_PORT", "0")))
                .jvmOptions(env.containsKey("SERVICE_JAVA_OPTS") ? splitOptions(env.get("SERVICE_JAVA_OPTS"))
                        : JvmOptions.DEFAULTS)
                .aotCache(true)
                .progress(System.out::println);
        for (ServiceModule service : ServiceModule.values()) {
            String port = env.get(service.name() + "_PORT");
            if (port != null) {
                builder.port(service, Integer.parseInt(port));
            }
        }
        builder.databaseFrom(env, "");

        LocalSignIn signIn;
        LocalSystem system;
        try {
            signIn = LocalSignIn.start(new SigningKeys(data).ensure(), data,
                    Integer.parseInt(env.getOrDefault("SIGN_IN_PORT", Integer.toString(LocalSignIn.DEFAULT_PORT))));
            signIn.gatewayEnvironment().forEach(builder::environment);
            system = builder.start();
        } catch (RuntimeException e) {
            System.err.println("\nThe system did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and the database ...");
            system.close();
            signIn.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-system-stop"));

        printWelcome(system, data);
        watch(system);
    }

    /** Stays in the foreground; if a service dies on its own, stops everything and says which. */
    private static void watch(LocalSystem system) throws InterruptedException {
        while (true) {
            Thread.sleep(1000);
            List<ServiceModule> dead = system.deadServices();
            if (!dead.isEmpty()) {
                System.err.println("\n" + dead + " stopped unexpectedly; see " + system.logFile(dead.get(0)));
                System.exit(2);
            }
        }
    }

    private static void printWelcome(LocalSystem system, Path data) {
        String gateway = system.baseUrl(ServiceModule.GATEWAY);
        System.out.println();
        System.out.println("The Children's Services Improvement Tracker is running.");
        System.out.println();
        System.out.println("  The board's pages (sign in):    " + gateway + "/board");
        System.out.println("  Gateway (the one API):          " + gateway + "/api/v1/status");
        System.out.println("  Gateway Swagger UI:             " + gateway + "/q/swagger-ui");
        for (ServiceModule service : List.of(ServiceModule.PLAN, ServiceModule.INSPECTION, ServiceModule.FINANCE)) {
            System.out.printf("  %-31s%s/q/swagger-ui%n", service.directory() + " Swagger UI:", system.baseUrl(service));
        }
        System.out.println();
        System.out.println("  PostgreSQL: " + system.databaseHost() + ":" + system.databasePort() + " as "
                + system.databaseUser() + ", databases inspection, plan, finance");
        System.out.println("  Data: " + data + "   Logs: " + system.logFile(ServiceModule.GATEWAY).getParent());
        System.out.println("  Press Ctrl-C to stop everything.");
    }

    private static List<String> splitOptions(String options) {
        return new ArrayList<>(Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }
}
