package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import uk.csit.tracker.gateway.config.WebhookConfig;

/**
 * The bearer token the gateway reads the services' change feeds with: from the token file when one is configured and
 * there (read again whenever the file changes, so a renewed token is used without a restart), else the configured
 * token.
 */
@ApplicationScoped
public class FeedCredentials {

    @Inject
    WebhookConfig config;

    private FileTime readAt;
    private String fromFile;

    /** The token, or empty when the gateway has none (then it follows no feed). */
    public synchronized Optional<String> token() {
        Optional<Path> file = config.feedTokenFile();
        if (file.isEmpty()) {
            return config.feedToken().map(String::strip).filter(token -> !token.isEmpty());
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file.get());
            if (!modified.equals(readAt)) {
                fromFile = Files.readString(file.get()).strip();
                readAt = modified;
            }
        } catch (java.nio.file.NoSuchFileException missing) {
            return config.feedToken().map(String::strip).filter(token -> !token.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(fromFile).filter(token -> !token.isEmpty());
    }
}
