package uk.csit.tracker.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/restore ARCHIVE [--replace]}: every database of a {@code bin/backup} archive restored (pg_restore) into
 * databases made afresh. Run it with the system stopped; a database that holds data is replaced only with --replace.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> arguments = List.of(args);
        boolean replace = arguments.contains("--replace");
        List<String> files = arguments.stream().filter(a -> !a.equals("--replace")).toList();
        if (files.size() != 1 || arguments.size() - files.size() > 1) {
            System.err.println("Usage: bin/restore ARCHIVE [--replace]");
            System.exit(2);
        }
        Path archive = Path.of(files.get(0)).toAbsolutePath();
        if (!Files.isRegularFile(archive)) {
            System.err.println("No archive at " + archive);
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        try (BackupTarget target = BackupTarget.from(env)) {
            if (target.inUse) {
                System.err.println("The system is running on this database: stop bin/run first, so that nothing"
                        + " writes while its databases are replaced.");
                System.exit(1);
            }
            BackupManifest manifest = DatabaseBackup.of(target.server, env).restore(archive,
                    target.databases(), replace);
            System.out.println("Restored " + manifest.dumps().size() + " databases as they were at "
                    + manifest.takenAt() + " from " + archive + "; start the system with bin/run.");
        } catch (RuntimeException e) {
            System.err.println("The restore stopped: " + e.getMessage());
            System.exit(1);
        }
    }
}
