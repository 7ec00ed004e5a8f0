package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore) as this machine has them: from PG_BIN when it is set, else
 * the newest under /usr/lib/postgresql (Debian's postgresql-client), else the PATH. pg_dump reads only servers of its
 * own major version or older, so each program is checked against the server before it is used.
 */
final class PostgresTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private final Path directory;

    private PostgresTools(Path directory) {
        this.directory = directory;
    }

    static PostgresTools find(Map<String, String> environment) {
        String given = environment.get("PG_BIN");
        if (given != null && !given.isBlank()) {
            return new PostgresTools(Path.of(given));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_dump")))
                        .max(Comparator.comparingInt(v -> major(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return new PostgresTools(newest.get().resolve("bin"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PostgresTools(null);
    }

    /** The program's path, or its bare name to be found on the PATH. */
    String program(String name) {
        return directory == null ? name : directory.resolve(name).toString();
    }

    /** The program's major version; a clear error when it is not there or is older than the server. */
    void requireFor(String name, int serverMajor) {
        String version = run(List.of(program(name), "--version"), Map.of()).trim();
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            throw new IllegalStateException(name + " --version said '" + version + "'");
        }
        int major = Integer.parseInt(m.group(1));
        if (major < serverMajor) {
            throw new IllegalStateException(name + " is PostgreSQL " + major + "'s and the server is PostgreSQL "
                    + serverMajor + ": install that version's client programs and name their folder in PG_BIN.");
        }
    }

    /** Runs a program to its end; its output, or an exception that quotes it when it fails. */
    static String run(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(command.get(0) + " failed (exit " + exit + "): " + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " could not be run: " + e.getMessage()
                    + " (install postgresql-client, or name the folder of pg_dump in PG_BIN)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " was interrupted", e);
        }
    }

    private static int major(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
