package uk.csit.tracker.kit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The tests' RSA key pairs, made once per build rather than once per test JVM: making one takes a test JVM seconds
 * (it runs without the server compiler, which has BigInteger's intrinsics), and every module's tests made their own.
 * They are kept in the folder the build names ({@value #FOLDER_PROPERTY}: the root's {@code target/test-keys}, gone
 * with {@code mvn clean}), never committed; a test JVM started without it, or finding a file it cannot read as a key
 * pair, makes its own as before.
 */
final class BuildKeyPairs {

    static final String FOLDER_PROPERTY = "csit.test.keys";

    private BuildKeyPairs() {
    }

    /** The build's key pair of this name, made now if no test JVM of the build has made it yet. */
    static KeyPair named(String name) {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return generate();
        }
        Path file = Path.of(folder).resolve(name + ".keys");
        KeyPair kept = read(file);
        if (kept != null) {
            return kept;
        }
        KeyPair made = generate();
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), name, ".partial");
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the build folder's own permissions apply.
            }
            Files.writeString(partial, encode(made), StandardCharsets.US_ASCII);
            try {
                // Two modules' tests may make one at once: later JVMs read whichever was moved in last, and each of
                // the two keeps the pair it made, which its own services trust (JwtResource reads this JVM's).
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            // Not kept: this JVM uses the pair it made, as it did before pairs were kept.
        }
        return made;
    }

    private static KeyPair read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))));
        } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String encode(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
