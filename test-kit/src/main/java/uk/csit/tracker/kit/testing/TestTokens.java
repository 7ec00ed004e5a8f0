package uk.csit.tracker.kit.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for tests, signed with a key pair made once per build (never committed, see {@link BuildKeyPairs}).
 * The services trust its public key through {@link JwtResource}. {@link #forged} tokens are signed with
 * another key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://csit.test/issuer";
    public static final String AUDIENCE = "csit-api";

    private static final KeyPair TRUSTED = BuildKeyPairs.named("trusted");
    /**
     * Valid tokens already signed, by subject and roles. Signing is an RSA private-key operation, slow in test JVMs
     * (which run without the server compiler), and the default-token filter asks for one on every request.
     */
    private static final Map<List<String>, Issued> SIGNED = new ConcurrentHashMap<>();
    /** A token is signed again once this much of its hour has gone, so none is ever sent near its expiry. */
    private static final Duration REISSUE_AFTER = Duration.ofMinutes(10);
    private static Path publicKeyFile;

    private record Issued(String token, Instant at) {
    }

    /** Made only when a test first forges a token. */
    private static final class Untrusted {
        static final KeyPair KEYS = BuildKeyPairs.named("untrusted");
    }

    private TestTokens() {
    }

    /** A valid token for the subject with the given roles (e.g. {@code "PLAN_EDITOR"}). */
    public static String token(String subject, String... roles) {
        List<String> key = new ArrayList<>(roles.length + 1);
        key.add(subject);
        key.addAll(List.of(roles));
        Instant now = Instant.now();
        return SIGNED.compute(List.copyOf(key), (k, issued) -> issued != null
                && issued.at().plus(REISSUE_AFTER).isAfter(now) ? issued
                : new Issued(sign(subject, List.of(roles), ISSUER, AUDIENCE, now, Duration.ofHours(1),
                        TRUSTED.getPrivate()), now)).token();
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + token(subject, roles);
    }

    public static String expired(String subject, String... roles) {
        return sign(subject, List.of(roles), ISSUER, AUDIENCE, Instant.now().minus(Duration.ofHours(2)),
                Duration.ofMinutes(30), TRUSTED.getPrivate());
    }

    public static String forged(String subject, String... roles) {
        return sign(subject, List.of(roles), ISSUER, AUDIENCE, Instant.now(), Duration.ofHours(1),
                Untrusted.KEYS.getPrivate());
    }

    public static String wrongIssuer(String subject, String... roles) {
        return sign(subject, List.of(roles), "https://elsewhere.example/issuer", AUDIENCE, Instant.now(),
                Duration.ofHours(1), TRUSTED.getPrivate());
    }

    public static String wrongAudience(String subject, String... roles) {
        return sign(subject, List.of(roles), ISSUER, "another-api", Instant.now(), Duration.ofHours(1),
                TRUSTED.getPrivate());
    }

    /**
     * A trusted token (right key, issuer and audience) with exactly the claims given besides those and the subject,
     * issued now and living as long as asked: for tokens that try what no token should get away with.
     */
    public static String withClaims(String subject, Map<String, Object> claims, Duration lifetime) {
        Instant now = Instant.now();
        var builder = Jwt.issuer(ISSUER).subject(subject).upn(subject).audience(AUDIENCE).issuedAt(now)
                .expiresAt(now.plus(lifetime));
        claims.forEach(builder::claim);
        return builder.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(TRUSTED.getPrivate());
    }

    /** The trusted public key as a PEM file, written once per JVM. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("csit-test-jwt-", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    private static String sign(String subject, List<String> roles, String issuer, String audience, Instant issuedAt,
            Duration lifetime, PrivateKey key) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .audience(audience)
                .claim("roles", roles)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime))
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(key);
    }
}
