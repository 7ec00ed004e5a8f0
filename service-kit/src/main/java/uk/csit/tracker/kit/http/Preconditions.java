package uk.csit.tracker.kit.http;

import jakarta.ws.rs.core.EntityTag;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: every resource carries a {@code version}, sent as its strong
 * {@code ETag}; an update must say which version it changes in {@code If-Match}.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the current version: missing is 428, stale is 412.
     * The caller holds a lock on the row (or updates with a version predicate) so that exactly one
     * of several writers of the same version wins.
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that you do not overwrite a change you have not seen.");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since you read it (it is now at version " + currentVersion
                            + "). Read it again and reapply your change.");
        }
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = Long.toString(currentVersion);
        for (String raw : ifMatch.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                // RFC 9110: If-Match uses the strong comparison; a weak tag never matches.
                continue;
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
