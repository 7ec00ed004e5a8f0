package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local run's own secrets (the key webhook secrets are sealed with, the board's session secret): 32 random bytes
 * each, made on the first start beside the signing keys and kept, so that what was sealed before a restart still
 * opens after it.
 */
final class LocalSecrets {

    static final String WEBHOOK_SECRET_KEY = "webhook-secret.key";
    static final String BOARD_SESSION_SECRET = "board-session.key";

    private LocalSecrets() {
    }

    /** The secret's base64, made when there is none yet. */
    static String ensure(Path dataDirectory, String name) {
        Path file = dataDirectory.resolve("keys").resolve(name);
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
