package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** A service's ahead-of-time cache (JDK 25+): usable only while it is newer than every jar it was trained on. */
final class AotCache {

    private AotCache() {
    }

    static boolean isFresh(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(cache.getParent())) {
            FileTime written = Files.getLastModifiedTime(cache);
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                if (Files.getLastModifiedTime(jar).compareTo(written) >= 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
