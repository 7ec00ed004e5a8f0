package uk.csit.tracker.kit.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by the service layer when a request breaks a rule. The problem mappers turn it into an
 * {@code application/problem+json} answer; the message becomes the problem's {@code detail}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String what, String ref) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with ref '" + ref + "'.");
    }

    /** A record asked for as at a day that did not exist then (it may exist now). */
    public static ProblemException notFoundThen(String what, String ref, java.time.LocalDate day) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " had ref '" + ref + "' at the end of " + day + ".");
    }

    /**
     * A request the contract allows that breaks a rule the schema cannot say (a ref that names nothing, a date
     * before another, a value the record's state does not allow): 422, with the field and why. A request the
     * contract does not allow is {@link #invalid} (400).
     */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid.";
        return new ProblemException(ProblemType.VALIDATION, detail, errors);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
