package uk.csit.tracker.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import uk.csit.tracker.launcher.LocalSystem;
import uk.csit.tracker.launcher.ServiceModule;

/** The services' own logs of a local run, shown when a system test fails (CI keeps what a build prints, not them). */
final class ServiceLogs {

    private static final int LINES = 80;

    private ServiceLogs() {
    }

    /** A system test's body. */
    interface Run {
        void run() throws Exception;
    }

    /** Runs a system test; when it fails, the last lines of every service's log are printed before the failure. */
    static void shownIfItFails(Path dataDirectory, Run test) throws Exception {
        try {
            test.run();
        } catch (Exception | AssertionError failed) {
            printTails(dataDirectory);
            throw failed;
        }
    }

    /** Prints which services of a running system have died, with their exit codes, and the end of every log. */
    static void show(Path dataDirectory, LocalSystem system) {
        if (system != null) {
            for (ServiceModule service : system.deadServices()) {
                System.err.println("==== " + service.directory() + " has died, exit code "
                        + system.process(service).exitValue() + " ====");
            }
        }
        printTails(dataDirectory);
    }

    /** Prints the last lines of every log in the run's data folder to standard error. */
    private static void printTails(Path dataDirectory) {
        Path logs = dataDirectory.resolve("logs");
        if (!Files.isDirectory(logs)) {
            System.err.println("No service logs in " + logs);
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                System.err.println("==== last " + LINES + " lines of " + log.getFileName() + " ====");
                lines.subList(Math.max(0, lines.size() - LINES), lines.size()).forEach(System.err::println);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not read the service logs in " + logs + ": " + e);
        }
    }
}
