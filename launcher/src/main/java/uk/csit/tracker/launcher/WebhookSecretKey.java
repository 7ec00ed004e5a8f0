package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key the local gateway seals webhook secrets with ({@code WEBHOOK_SECRET_KEY}): 32 random bytes made on the
 * first start beside the signing keys and kept, so that secrets sealed before a restart still open after it.
 */
final class WebhookSecretKey {

    private WebhookSecretKey() {
    }

    /** The key's base64, made when there is none yet. */
    static String ensure(Path dataDirectory) {
        Path file = dataDirectory.resolve("keys").resolve("webhook-secret.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data directory's own permissions apply.
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
