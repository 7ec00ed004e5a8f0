package uk.csit.tracker.system;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import uk.csit.tracker.launcher.LocalSignIn;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.LocalSystemBuilder;
import uk.csit.tracker.launcher.ServiceModule;
import uk.csit.tracker.launcher.SigningKeys;

/**
 * The four packaged services with the Havering seed and the board's sign-in provider, as {@code bin/run} starts
 * them, shared by the test classes that use the system only through its API and its pages as people do, so that
 * they pay for one start between them: started by the first of them, stopped when the run ends. Webhook
 * receivers on loopback are allowed and the feeds followed every half second, so that deliveries come quickly.
 * A test class given it ({@code @ExtendWith(SeededSystem.Given.class)}) takes it as a parameter of its
 * {@code @BeforeAll} method.
 */
final class SeededSystem implements ExtensionContext.Store.CloseableResource {

    /** Gives the run's seeded system to a test method or lifecycle method that takes one. */
    static final class Given implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SeededSystem.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(SeededSystem.class);

    final Path data;
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
            signIn = LocalSignIn.start(new SigningKeys(data).ensure(), data, 0);
            LocalSystemBuilder builder = PackagedSystem.builder()
                    .services(ServiceModule.INSPECTION, ServiceModule.PLAN, ServiceModule.FINANCE, ServiceModule.GATEWAY)
                    .freePorts().dataDirectory(data).seed(true)
                    .environment("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.1/32")
                    .environment("WEBHOOK_POLL_INTERVAL", "0.5s").environment("WEBHOOK_DELIVER_INTERVAL", "0.5s");
            signIn.gatewayEnvironment().forEach(builder::environment);
            return new SeededSystem(data, signIn, builder.start());
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

    @Override
    public void close() {
        try {
            system.close();
        } finally {
            signIn.close();
        }
    }
}
