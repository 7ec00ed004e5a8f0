package uk.csit.tracker.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser the bearer-token check uses: SmallRye's, with each verified token kept until it
 * expires or {@link VerifiedTokenConfig#maxAge()} passes, whichever is first. A client sends the
 * same token on every request until it expires, and checking its RSA signature and parsing its
 * claims again each time was a quarter of the CPU of a read. Only tokens that passed every check
 * are kept, so a bad token is refused every time it is sent.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser verifier;
    private final Cache<String, JsonWebToken> verified;
    private final boolean enabled;
    private final long maxLifetimeSeconds;

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier, VerifiedTokenConfig config, TokenLifetimeConfig lifetime) {
        this.verifier = verifier;
        this.maxLifetimeSeconds = lifetime.maxLifetime().toSeconds();
        this.enabled = !config.maxAge().isZero() && !config.maxAge().isNegative();
        long maxAgeNanos = config.maxAge().toNanos();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.maximumSize())
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> {
                    long untilExpiry = jwt.getExpirationTime() * 1_000_000_000L - System.currentTimeMillis() * 1_000_000L;
                    return Duration.ofNanos(Math.max(0, Math.min(untilExpiry, maxAgeNanos)));
                }))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!enabled) {
            return withinLifetime(verifier.parse(token));
        }
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken checked = withinLifetime(verifier.parse(token));
        verified.put(token, checked);
        return checked;
    }

    /**
     * The token, when it was not made to outlive {@link TokenLifetimeConfig#maxLifetime()}: from its issue to its
     * expiry, or, when it does not say when it was issued, from now to its expiry.
     */
    private JsonWebToken withinLifetime(JsonWebToken token) throws ParseException {
        long expiry = token.getExpirationTime();
        long issued = token.getIssuedAtTime() > 0 ? token.getIssuedAtTime() : System.currentTimeMillis() / 1000;
        if (expiry - issued > maxLifetimeSeconds) {
            throw new ParseException("The token is made to live longer than " + maxLifetimeSeconds + " seconds");
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return withinLifetime(verifier.parse(token, context));
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
