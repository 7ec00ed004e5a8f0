package uk.csit.tracker.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing (standardwebhooks.com): the secret is {@code whsec_} and the base64 of
 * its key; the signature header is {@code v1,} and the base64 HMAC-SHA256, under that key, of
 * {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
public final class WebhookSigner {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    /** A new secret of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Why a secret given by an integrator cannot be used, or null when it can. */
    public static String problem(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return "must start with whsec_";
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring(PREFIX.length())).length;
            return length >= 24 && length <= 64 ? null : "must carry 24 to 64 bytes of key (base64)";
        } catch (IllegalArgumentException e) {
            return "must be whsec_ and base64";
        }
    }

    public static String signature(String secret, String id, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
