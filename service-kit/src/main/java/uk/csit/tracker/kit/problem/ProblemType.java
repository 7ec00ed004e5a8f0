package uk.csit.tracker.kit.problem;

import java.net.URI;

/**
 * The kinds of problem the services report. Each has a stable type URI so that an integrator can
 * branch on the kind without parsing the title.
 */
public enum ProblemType {
    VALIDATION(400, "Request not valid"),
    MALFORMED_REQUEST(400, "Request body could not be read"),
    UNAUTHORISED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Request cannot be processed"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    BAD_GATEWAY(502, "Bad answer from a service"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "A service did not answer in time");

    private static final String BASE = "https://csit.uk/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase().replace('_', '-'));
    }

    /** The kind that fits a status code the services did not raise themselves. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
