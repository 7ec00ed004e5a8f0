package uk.csit.tracker.system;

import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import uk.csit.tracker.launcher.ServiceModule;

/**
 * For a test class that runs one system for all its tests: when its start or one of its tests fails, the services
 * that have died (with their exit codes) and the end of every service's log are shown before the failure: CI
 * keeps only what a build prints, not the run's data folder with its logs.
 */
final class ServiceLogsOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace SHOWN = ExtensionContext.Namespace.create(ServiceLogsOnFailure.class);

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        show(context);
        throw failure;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        show(context);
        throw failure;
    }

    /**
     * Shows the logs at the class's first failure, and again at a later one when a service has died since: a
     * failure that a death explains is then shown with the death's end of the log.
     */
    private static void show(ExtensionContext context) {
        if (!(context.getTestInstance().orElse(null) instanceof OneSystemPerClass test) || test.data == null) {
            return;
        }
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElse(context)
                : context;
        Set<ServiceModule> dead = test.system == null ? Set.of() : Set.copyOf(test.system.deadServices());
        @SuppressWarnings("unchecked")
        Set<ServiceModule> shownDead = (Set<ServiceModule>) classContext.getStore(SHOWN).get("dead", Set.class);
        if (shownDead != null && shownDead.containsAll(dead)) {
            System.err.println("(the services' logs are shown above, at this class's first failure)");
            return;
        }
        classContext.getStore(SHOWN).put("dead", dead);
        ServiceLogs.show(test.data, test.system);
    }
}
