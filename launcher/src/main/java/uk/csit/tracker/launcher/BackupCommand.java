package uk.csit.tracker.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * {@code bin/backup [DIRECTORY]}: one archive of every service's database (pg_dump), named by the time it was taken,
 * in DIRECTORY (default: backups). Safe while the system runs: each database is dumped as one consistent snapshot.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length > 1) {
            System.err.println("Usage: bin/backup [DIRECTORY]");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        Path directory = Path.of(args.length == 1 ? args[0] : "backups").toAbsolutePath();
        try (BackupTarget target = BackupTarget.from(env)) {
            Path archive = DatabaseBackup.of(target.server, env).backup(target.databases(), directory,
                    Clock.systemUTC());
            BackupManifest manifest = BackupManifest.verified(archive);
            System.out.println("Backed up " + manifest.dumps().size() + " databases (PostgreSQL "
                    + manifest.serverVersion() + ") at " + manifest.takenAt() + " to " + archive);
        } catch (RuntimeException e) {
            System.err.println("The backup was not made: " + e.getMessage());
            System.exit(1);
        }
    }
}
