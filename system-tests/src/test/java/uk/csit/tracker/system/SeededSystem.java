package uk.csit.tracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import uk.csit.tracker.launcher.LocalSignIn;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.LocalSystemBuilder;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.SigningKeys;
import uk.csit.tracker.launcher.TokenCommand;

/**
 * The four packaged services with the Havering seed, as {@code bin/run} starts them, shared by the test classes that
 * use the system only through its API and its pages as people do, so that they pay for one start between them:
 * started by the first of them, stopped when the run ends. Its board has a sign-in provider, webhook receivers on
 * loopback are allowed and the feeds are followed every half second, so that deliveries come quickly.
 * <ul>
 * <li>The checks of the seed's story ({@link AsSeeded}, {@link OnTheSeedAsItWas}), whose counts are exact, are given
 * it at once;</li>
 * <li>the classes that change it ({@link Given}) are given it once those checks have finished ({@link SeedStoryFirst}),
 * and take turns ({@link Turns#SEEDED}), each seeing the one before it finished.</li>
 * </ul>
 * A test class given it ({@code @ExtendWith(SeededSystem.Given.class)}) takes it as a parameter of its
 * {@code @BeforeAll} method or a test method.
 */
final class SeededSystem implements ExtensionContext.Store.CloseableResource {

    /** Gives the run's seeded system, once the seed's story has been checked, to a method that takes one. */
    static final class Given extends Resolver {

        Given() {
            super(true);
        }
    }

    /** Gives the run's seeded system, as seeded, to the checks of the seed's story. */
    static final class AsSeeded extends Resolver {

        AsSeeded() {
            super(false);
        }
    }

    private abstract static class Resolver implements ParameterResolver {

        /** Longer than every check of the seed's story together, on a busy machine. */
        private static final Duration CHECKS_OF_THE_SEED = Duration.ofMinutes(10);

        private final boolean changesIt;

        Resolver(boolean changesIt) {
            this.changesIt = changesIt;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SeededSystem.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            SeededSystem seeded = of(context);
            if (changesIt) {
                SeedStoryFirst.await(CHECKS_OF_THE_SEED);
            }
            return seeded;
        }
    }

    private static final Map<ServiceModule, String> SUMMARIES = Map.of(ServiceModule.INSPECTION, "inspection-summary",
            ServiceModule.PLAN, "plan-summary", ServiceModule.FINANCE, "finance-summary");

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(SeededSystem.class);

    final Path data;
    /** The board's sign-in provider. */
    private final LocalSignIn signIn;
    final LocalSystem system;

    private SeededSystem(Path data, LocalSignIn signIn, LocalSystem system) {
        this.data = data;
        this.signIn = signIn;
        this.system = system;
    }

    /** The run's seeded system, started now if no test class has started it yet. */
    private static SeededSystem of(ExtensionContext context) {
        return context.getRoot().getStore(RUN).getOrComputeIfAbsent(SeededSystem.class, key -> start(),
                SeededSystem.class);
    }

    private static SeededSystem start() {
        Path data = null;
        LocalSignIn signIn = null;
        try {
            data = Files.createTempDirectory("seeded-system");
            LocalSystemBuilder builder = PackagedSystem.builder()
                    .services(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE, ServiceModule.GATEWAY)
                    .freePorts().dataDirectory(data).seed(true);
            signIn = LocalSignIn.start(new SigningKeys(data).ensure(), data, 0);
            builder.environment("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.1/32")
                    .environment("WEBHOOK_POLL_INTERVAL", "0.5s").environment("WEBHOOK_DELIVER_INTERVAL", "0.5s");
            signIn.gatewayEnvironment().forEach(builder::environment);
            // The gateway waits for the services as long as a busy machine may need: beside another class's systems,
            // a call that timed out opened a service's circuit, and a test met a 503 (FaultsTest holds the gateway
            // to its deadlines, on a system of its own).
            builder.environment("TRACKER_GATEWAY_AGGREGATE_DEADLINE", "30s")
                    .environment("TRACKER_GATEWAY_FORWARD_TIMEOUT", "30s")
                    .environment("TIMEOUT_VALUE", "10000");
            LocalSystem system = builder.start();
            warmUp(system);
            return new SeededSystem(data, signIn, system);
        } catch (Exception e) {
            if (signIn != null) {
                signIn.close();
            }
            if (data != null) {
                ServiceLogs.show(data, null);
            }
            throw new IllegalStateException("the seeded system did not start", e);
        }
    }

    /**
     * One read of each service's summary, once for the run, so that a service's first-request start-up is not what the
     * checks of the seed's story meet (the gateway's own first request is theirs).
     */
    private static void warmUp(LocalSystem system) throws IOException, InterruptedException {
        String adviser = "Bearer " + TokenCommand.sign(system.signingKeys(), "warm-up@dfe.test", List.of("ADVISOR"),
                Duration.ofMinutes(5));
        HttpClient client = HttpClient.newHttpClient();
        try {
            for (Map.Entry<ServiceModule, String> summary : SUMMARIES.entrySet()) {
                client.send(HttpRequest.newBuilder(URI.create(system.baseUrl(summary.getKey()) + "/api/v1/"
                                + summary.getValue())).header("Authorization", adviser).timeout(Duration.ofSeconds(60))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            system.close();
        } finally {
            if (signIn != null) {
                signIn.close();
            }
        }
    }
}
