package uk.csit.tracker.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local run's token signing key pair, made at the first start in the data directory and never
 * committed. The services trust the public key; {@code bin/token} signs with the private one.
 */
public final class SigningKeys {

    public static final String ISSUER = "https://csit.local/issuer";
    public static final String AUDIENCE = "csit-api";

    private final Path directory;

    public SigningKeys(Path dataDirectory) {
        this.directory = dataDirectory.resolve("keys");
    }

    public Path publicKey() {
        return directory.resolve("jwt-public.pem");
    }

    public Path privateKey() {
        return directory.resolve("jwt-private.pem");
    }

    /** Makes the pair when it is not there yet. */
    public SigningKeys ensure() {
        if (Files.exists(publicKey()) && Files.exists(privateKey())) {
            return this;
        }
        try {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateKey(), PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply.
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey loadPrivateKey() {
        try {
            String pem = Files.readString(privateKey());
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("No signing key at " + privateKey() + ": start the system once (bin/run)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key at " + privateKey() + " is not an RSA key", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
