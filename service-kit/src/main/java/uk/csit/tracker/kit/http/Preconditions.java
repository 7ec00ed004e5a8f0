package uk.csit.tracker.kit.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: every resource carries a {@code version}, sent as its strong
 * {@code ETag}; an update must say which version it changes in {@code If-Match}.
 */
public final class Preconditions {

    /** An entity-tag as RFC 9110 writes one: quoted, strong or weak (W/). */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]*\"");

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the current version: missing (or {@code *}, which names no
     * version) is 428, not an entity-tag as the ETag was sent ({@code "6"}, quoted) is 400, stale is 412. RFC
     * 9110's strong comparison: a weak tag never matches. The caller holds a lock on the row (or updates with a
     * version predicate) so that exactly one of several writers of the same version wins.
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that you do not overwrite a change you have not seen.");
        }
        List<String> tags = Arrays.stream(ifMatch.split(",")).map(String::trim).toList();
        if (tags.contains("*")) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "If-Match: * says nothing of what you read:"
                    + " send the ETag you read, so that you do not overwrite a change you have not seen.");
        }
        for (String tag : tags) {
            if (!ENTITY_TAG.matcher(tag).matches()) {
                throw ProblemException.invalid("If-Match", "must be the ETag as it was sent, quoted (\"6\"), not "
                        + (tag.length() > 40 ? tag.substring(0, 40) + "..." : tag));
            }
        }
        if (!tags.contains("\"" + currentVersion + "\"")) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since you read it (it is now at version " + currentVersion
                            + "). Read it again and reapply your change.");
        }
    }
}
