package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import uk.csit.tracker.gateway.config.WebhookConfig;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/**
 * Webhook signing secrets at rest: sealed with AES-256-GCM under the key in {@code WEBHOOK_SECRET_KEY} before they
 * are stored, and opened only to sign a delivery, so that a copy of the gateway's database does not give away
 * every receiver's secret. Each is bound to its webhook (the id is the cipher's associated data): a sealed secret
 * moved to another row does not open. Secrets stored in the clear by an earlier version are sealed at start.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String SEALED = "sealed:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookStore store;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    void start(@Observes StartupEvent started) {
        key = config.secretKey().map(WebhookSecrets::readKey).orElse(null);
        if (key == null) {
            if (config.enabled()) {
                throw new IllegalStateException("Webhooks are on but WEBHOOK_SECRET_KEY is not set: give the base64"
                        + " of 32 random bytes (openssl rand -base64 32), or switch webhooks off (WEBHOOKS_ENABLED=false)");
            }
            return;
        }
        int sealed = store.sealSecretsInTheClear(this::seal);
        if (sealed > 0) {
            Log.infof("Sealed %d webhook secrets that were stored in the clear", sealed);
        }
    }

    private static SecretKey readKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("WEBHOOK_SECRET_KEY is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("WEBHOOK_SECRET_KEY must be 32 bytes (256 bits), base64; it is " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The secret as it is stored for the webhook. */
    public String seal(UUID webhook, String secret) {
        SecretKey sealing = Optional.ofNullable(key).orElseThrow(() -> new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE, "Webhooks are not set up on this gateway (no WEBHOOK_SECRET_KEY)."));
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(webhook.toString().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return SEALED + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A webhook secret could not be sealed", e);
        }
    }

    /** The secret a stored value stands for (one stored in the clear, before sealing began, as it is). */
    public String open(UUID webhook, String stored) {
        if (!stored.startsWith(SEALED)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException("A sealed webhook secret cannot be opened without WEBHOOK_SECRET_KEY");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(webhook.toString().getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The secret of webhook " + webhook + " does not open with this"
                    + " WEBHOOK_SECRET_KEY (was the key changed?)", e);
        }
    }
}
