package uk.csit.tracker.kit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.Map;

/**
 * Makes a service under test trust {@link TestTokens}, and gives every REST Assured request that
 * does not set its own {@code Authorization} a token with the {@code ADMIN} role, so that tests of
 * behaviour need not repeat it. Tests of security set their own header, or send
 * {@value #NO_TOKEN}: true to send none.
 */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    /** A request header that tells the default-token filter to send no token at all. */
    public static final String NO_TOKEN = "X-Test-No-Token";

    private static final Filter DEFAULT_TOKEN = (request, response, context) -> {
        if (request.getHeaders().hasHeaderWithName(NO_TOKEN)) {
            request.removeHeader(NO_TOKEN);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", defaultBearer());
        }
        return context.next(request, response);
    };

    /** The Authorization header's value the default-token filter sends, for a test that calls without REST Assured. */
    public static String defaultBearer() {
        return TestTokens.bearer("test-admin@csit.test", "ADMIN");
    }

    @Override
    public Map<String, String> start() {
        if (!RestAssured.filters().contains(DEFAULT_TOKEN)) {
            RestAssured.filters(DEFAULT_TOKEN);
        }
        return Map.of(
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE,
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toUri().toString());
    }

    @Override
    public void stop() {
        // The filter and the key serve every test class of the run.
    }
}
