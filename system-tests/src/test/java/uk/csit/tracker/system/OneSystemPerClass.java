package uk.csit.tracker.system;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.csit.tracker.launcher.LocalSystem;

/**
 * A test class whose tests share one packaged system, started before them (its own, or the run's
 * {@link SeededSystem}): when its start or a test fails, the services that have died and the end of their logs are
 * shown ({@link ServiceLogsOnFailure}).
 */
@ExtendWith(ServiceLogsOnFailure.class)
abstract class OneSystemPerClass {

    /** The run's data folder (the database, the logs); set before the system is started. */
    Path data;
    /** The running system; null until it has started. */
    LocalSystem system;

    /** The class's tests run on the run's seeded system, and a failure shows its services' logs. */
    void runOn(SeededSystem seeded) {
        data = seeded.data;
        system = seeded.system;
    }
}
