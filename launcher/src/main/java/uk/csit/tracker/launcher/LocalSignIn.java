package uk.csit.tracker.launcher;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * The local run's OpenID Connect provider (NAV's mock-oauth2-server): a person signs in to the board's pages with any
 * name and chooses a role on its sign-in page. It signs with the local run's key and names the local issuer, so the
 * access token the gateway is given is one the services already trust, exactly as a council's Entra ID token would be.
 * For a laptop only: it asks for no password.
 */
public final class LocalSignIn implements AutoCloseable {

    public static final String REALM = "csit";
    public static final String CLIENT_ID = "csit-board";
    public static final int DEFAULT_PORT = 8090;

    private final MockOAuth2Server server;
    private final Path dataDirectory;

    private LocalSignIn(MockOAuth2Server server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the provider on localhost (port 0 for any free port). */
    public static LocalSignIn start(SigningKeys keys, Path dataDirectory, int port) {
        Path page = dataDirectory.resolve("sign-in").resolve("sign-in.html");
        try (InputStream source = LocalSignIn.class.getResourceAsStream("/sign-in.html")) {
            Files.createDirectories(page.getParent());
            // Each role's claims name the issuer and audience the services trust, and the gateway as a client.
            Files.writeString(page, new String(source.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("{{ISSUER}}", SigningKeys.ISSUER).replace("{{AUDIENCE}}", SigningKeys.AUDIENCE)
                    .replace("{{CLIENT_ID}}", CLIENT_ID));
            RSAKey key = new RSAKey.Builder(publicKey(keys.publicKey())).privateKey((RSAPrivateKey) keys.loadPrivateKey())
                    .keyID("csit-local").build();
            OAuth2Config config = new OAuth2Config(true, page.toString(), null, false,
                    new OAuth2TokenProvider(new KeyProvider(List.of(key), "RS256")));
            MockOAuth2Server server = new MockOAuth2Server(config);
            server.start(InetAddress.getByName("localhost"), port);
            return new LocalSignIn(server, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("The local sign-in could not start", e);
        }
    }

    /** The provider's issuer address, which discovery is read from. */
    public String providerUrl() {
        return server.issuerUrl(REALM).toString();
    }

    /** What the gateway needs to sign people in with this provider. */
    public Map<String, String> gatewayEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BOARD_SIGN_IN_ENABLED", "true");
        env.put("OIDC_PROVIDER_URL", providerUrl());
        env.put("OIDC_CLIENT_ID", CLIENT_ID);
        env.put("OIDC_CLIENT_SECRET", "local sign-in: any secret is accepted");
        // The tokens name the issuer the services trust (SigningKeys.ISSUER), not the provider's own address.
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", SigningKeys.ISSUER);
        // Plain http on a laptop: a Secure cookie would not be sent back by every client.
        env.put("BOARD_COOKIES_SECURE", "false");
        // Kept, so that a restart does not sign everyone out.
        env.put("BOARD_SESSION_SECRET", LocalSecrets.ensure(dataDirectory, LocalSecrets.BOARD_SESSION_SECRET));
        return env;
    }

    private static RSAPublicKey publicKey(Path pem) throws IOException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key at " + pem + " is not an RSA key", e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
