package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The token the local gateway reads the services' change feeds with (role ADVISOR), kept in a file the gateway
 * reads again when it changes ({@code WEBHOOK_FEED_TOKEN_FILE}), and renewed well before it expires: the services
 * refuse a token made to live longer than a day, and a local run may last longer than that.
 */
final class FeedTokenFile implements AutoCloseable {

    static final Duration LIFETIME = Duration.ofHours(2);
    static final Duration RENEW_EVERY = Duration.ofMinutes(30);

    private final SigningKeys keys;
    private final Path file;
    private final ScheduledExecutorService renewer;

    FeedTokenFile(SigningKeys keys, Path file) {
        this.keys = keys;
        this.file = file;
        write();
        this.renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "feed-token-renewer");
            thread.setDaemon(true);
            return thread;
        });
        renewer.scheduleAtFixedRate(this::write, RENEW_EVERY.toMinutes(), RENEW_EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    Path path() {
        return file;
    }

    /** A fresh token, written beside the file and moved over it, so that the gateway never reads half of one. */
    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, TokenCommand.sign(keys, "gateway-webhooks", List.of("ADVISOR"), LIFETIME));
            try {
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply.
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
