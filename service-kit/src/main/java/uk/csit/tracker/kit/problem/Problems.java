package uk.csit.tracker.kit.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Builds problem responses; the one place that decides their shape and media type. */
public final class Problems {

    /**
     * The most errors one answer lists: a file of 50,000 bad lines is answered with the first 100 and
     * the count, not with megabytes of the same complaint.
     */
    public static final int MAX_ERRORS = 100;

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String path, List<FieldError> errors) {
        List<FieldError> listed = errors == null ? List.of() : errors;
        Integer count = listed.isEmpty() ? null : listed.size();
        if (listed.size() > MAX_ERRORS) {
            listed = listed.subList(0, MAX_ERRORS);
        }
        return new Problem(type.uri(), type.title(), type.status(), detail, instance(path), listed, count);
    }

    public static Response response(ProblemType type, String detail, String path) {
        return response(type, detail, path, List.of());
    }

    public static Response response(ProblemType type, String detail, String path, List<FieldError> errors) {
        return answer(type, detail, path, errors).build();
    }

    /** A problem whose request may well succeed when sent again after {@code seconds} (a {@code Retry-After}). */
    public static Response retryLater(ProblemType type, String detail, String path, int seconds) {
        return answer(type, detail, path, List.of()).header(HttpHeaders.RETRY_AFTER, Integer.toString(seconds)).build();
    }

    private static Response.ResponseBuilder answer(ProblemType type, String detail, String path, List<FieldError> errors) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(of(type, detail, path, errors));
    }

    /**
     * A library's message in words a caller can act on: its first sentence, without the Java types
     * and packages it may name (they tell an outsider what the service is built with, and nothing
     * the caller can fix). The full message belongs in the log.
     */
    public static String withoutInternals(String message) {
        if (message == null) {
            return null;
        }
        return message.split("\n")[0].replaceAll("`[^`]*`", "value")
                .replaceAll("\\b(java|javax|jakarta|uk|com|org|io|net|sun)\\.[\\w.$]+", "value");
    }

    static URI instance(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
