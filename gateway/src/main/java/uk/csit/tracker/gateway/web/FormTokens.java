package uk.csit.tracker.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-site request forgery tokens for the board's forms: an HMAC of the signed-in session (its subject and the
 * time its ID token was issued), so a form is accepted only from a page this session was served. Stateless: any
 * gateway holding the same session secret checks it.
 */
@ApplicationScoped
public class FormTokens {

    private final byte[] key;

    FormTokens(@ConfigProperty(name = "tracker.board.session-secret") Optional<String> secret) {
        byte[] bytes = new byte[32];
        if (secret.isPresent() && !secret.get().isBlank()) {
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            new SecureRandom().nextBytes(bytes);
        }
        this.key = hmac(bytes, "csit board form tokens");
    }

    public String tokenFor(String session) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, session));
    }

    public boolean accepts(String session, String token) {
        return token != null && MessageDigest.isEqual(tokenFor(session).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
