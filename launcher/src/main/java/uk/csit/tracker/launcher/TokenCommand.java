package uk.csit.tracker.launcher;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code bin/token ROLE [SUBJECT] [HOURS]}: prints a bearer token for the local run, signed with the
 * key {@code bin/run} made. Roles: VIEWER, ADVISOR, PLAN_EDITOR, INSPECTION_EDITOR, FINANCE_EDITOR,
 * ADMIN (several, comma-separated).
 */
public final class TokenCommand {

    static final Set<String> ROLES = Set.of("VIEWER", "ADVISOR", "PLAN_EDITOR", "INSPECTION_EDITOR",
            "FINANCE_EDITOR", "ADMIN");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("Usage: bin/token ROLE[,ROLE...] [SUBJECT] [HOURS]   roles: " + String.join(", ", ROLES));
            System.exit(2);
        }
        List<String> roles = Arrays.stream(args[0].split(",")).map(String::trim).toList();
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                System.err.println("Unknown role " + role + "; roles: " + String.join(", ", ROLES));
                System.exit(2);
            }
        }
        String subject = args.length > 1 ? args[1] : "local-" + roles.get(0).toLowerCase().replace('_', '-');
        long hours = args.length > 2 ? Long.parseLong(args[2]) : 8;
        if (hours < 1 || hours > 24) {
            // The services refuse a token made to live longer than a day (tracker.security.tokens.max-lifetime).
            System.err.println("HOURS must be from 1 to 24: the services refuse a token made to live longer");
            System.exit(2);
        }
        Path data = Path.of(System.getenv().getOrDefault("TRACKER_HOME", "."))
                .resolve(System.getenv().getOrDefault("DATA_DIR", "data")).toAbsolutePath().normalize();
        System.out.println(sign(new SigningKeys(data), subject, roles, Duration.ofHours(hours)));
    }

    /** A bearer token the local run's services accept: signed with the local key pair. */
    public static String sign(SigningKeys keys, String subject, List<String> roles, Duration validity) {
        Instant now = Instant.now();
        return Jwt.issuer(SigningKeys.ISSUER)
                .subject(subject)
                .upn(subject)
                .audience(SigningKeys.AUDIENCE)
                .claim("roles", roles)
                .issuedAt(now)
                .expiresAt(now.plus(validity))
                .jws().algorithm(SignatureAlgorithm.RS256)
                .sign(keys.loadPrivateKey());
    }
}
