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
 * The four packaged services with the Havering seed, as {@code bin/run} starts them, each shared by the test classes
 * that use the system only through its API and its pages as people do, so that they pay for one start between them:
 * started by the first of them, stopped when the run ends. There are two:
 * <ul>
 * <li>the one test classes may change ({@link Given}), with the board's sign-in provider: webhook receivers on
 * loopback are allowed and the feeds followed every half second, so that deliveries come quickly. Its classes take
 * turns ({@link Turns#SEEDED}), each seeing the one before it finished;</li>
 * <li>the one no test changes ({@link AsSeeded}), for the checks of the seed's story, whose counts are exact; no
 * sign-in provider is configured, as a council's first start has none; each service's summary is read once after
 * the start, before any test.</li>
 * </ul>
 * A test class given one ({@code @ExtendWith(SeededSystem.Given.class)}) takes it as a parameter of its
 * {@code @BeforeAll} method.
 */
final class SeededSystem implements ExtensionContext.Store.CloseableResource {

    /** Gives the run's seeded system that tests change to a test method or lifecycle method that takes one. */
    static final class Given extends Resolver {

        Given() {
            super(Kind.CHANGED_BY_TESTS);
        }
    }

    /** Gives the run's seeded system that no test changes. */
    static final class AsSeeded extends Resolver {

        AsSeeded() {
            super(Kind.AS_SEEDED);
        }
    }

    private abstract static class Resolver implements ParameterResolver {

        private final Kind kind;

        Resolver(Kind kind) {
            this.kind = kind;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SeededSystem.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context, kind);
        }
    }

    private enum Kind { CHANGED_BY_TESTS, AS_SEEDED }

    private static final Map<ServiceModule, String> SUMMARIES = Map.of(ServiceModule.INSPECTION, "inspection-summary",
            ServiceModule.PLAN, "plan-summary", ServiceModule.FINANCE, "finance-summary");

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(SeededSystem.class);

    final Path data;
    /** The board's sign-in provider; none for the system as seeded. */
    private final LocalSignIn signIn;
    final LocalSystem system;

    private SeededSystem(Path data, LocalSignIn signIn, LocalSystem system) {
        this.data = data;
        this.signIn = signIn;
        this.system = system;
    }

    /** The run's seeded system of this kind, started now if no test class has started it yet. */
    private static SeededSystem of(ExtensionContext context, Kind kind) {
        return context.getRoot().getStore(RUN).getOrComputeIfAbsent(kind, key -> start(kind), SeededSystem.class);
    }

    private static SeededSystem start(Kind kind) {
        Path data = null;
        LocalSignIn signIn = null;
        try {
            data = Files.createTempDirectory("seeded-system");
            LocalSystemBuilder builder = PackagedSystem.builder()
                    .services(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE, ServiceModule.GATEWAY)
                    .freePorts().dataDirectory(data).seed(true);
            if (kind == Kind.CHANGED_BY_TESTS) {
                signIn = LocalSignIn.start(new SigningKeys(data).ensure(), data, 0);
                builder.environment("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.1/32")
                        .environment("WEBHOOK_POLL_INTERVAL", "0.5s").environment("WEBHOOK_DELIVER_INTERVAL", "0.5s");
                signIn.gatewayEnvironment().forEach(builder::environment);
            }
            // The gateway waits for the services as long as a busy machine may need: beside another class's systems,
            // a call that timed out opened a service's circuit, and a test met a 503 (FaultsTest holds the gateway
            // to its deadlines, on a system of its own).
            builder.environment("TRACKER_GATEWAY_AGGREGATE_DEADLINE", "30s")
                    .environment("TRACKER_GATEWAY_FORWARD_TIMEOUT", "30s")
                    .environment("TIMEOUT_VALUE", "10000");
            LocalSystem system = builder.start();
            if (kind == Kind.AS_SEEDED) {
                warmUp(system);
            }
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
