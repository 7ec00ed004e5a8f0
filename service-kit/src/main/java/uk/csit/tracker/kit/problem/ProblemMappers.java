package uk.csit.tracker.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 answer. A request the client
 * got wrong is a 4xx that says what to fix; anything else is a 5xx that names an error id for the
 * logs and never a stack trace, SQL text or class name.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(e.type().status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problems.of(e.type(), e.getMessage(), request.path(), e.errors()));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kindsOf(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, request);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid.";
        // A rule between fields (an @AssertTrue of the record) is one the schema cannot say: the request is one the
        // contract allows, refused for a rule (422). Any other constraint is the schema's own (400).
        boolean rulesOnly = e.getConstraintViolations().stream().allMatch(v ->
                v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.AssertTrue);
        return Problems.response(rulesOnly ? ProblemType.UNPROCESSABLE : ProblemType.VALIDATION, detail,
                request.path(), errors);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = jsonPath(e);
        return Problems.response(ProblemType.VALIDATION, "Unknown field '" + field + "'.", request.path(),
                List.of(new FieldError(field, "is not a field of this resource")));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        String field = jsonPath(e);
        String expected = describe(e.getTargetType());
        return Problems.response(ProblemType.VALIDATION, field + ": must be " + expected + ".", request.path(),
                List.of(new FieldError(field, "must be " + expected)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return Problems.response(ProblemType.MALFORMED_REQUEST,
                    "The body must be a JSON object of the documented shape.", request.path());
        }
        String expected = describe(e.getTargetType());
        return Problems.response(ProblemType.VALIDATION, field + ": must be " + expected + ".", request.path(),
                List.of(new FieldError(field, "must be " + expected)));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        String field = jsonPath(e);
        String reason = rootMessage(e);
        if (field.isEmpty()) {
            return Problems.response(ProblemType.MALFORMED_REQUEST, "The body could not be read: " + reason,
                    request.path());
        }
        return Problems.response(ProblemType.VALIDATION, field + ": " + reason, request.path(),
                List.of(new FieldError(field, reason)));
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper
    public Response streamConstraints(StreamConstraintsException e, HttpServerRequest request) {
        return Problems.response(ProblemType.MALFORMED_REQUEST,
                "The body is nested too deeply or holds a value that is too long.", request.path());
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthorised(HttpServerRequest request) {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problems.of(ProblemType.UNAUTHORISED, "Send a valid bearer token (Authorization: Bearer"
                        + " ...) issued for this API; it is missing, expired, or not one this service accepts.",
                        request.path(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return Problems.response(ProblemType.FORBIDDEN,
                "Your token's roles do not allow " + request.method() + " on " + request.path() + ".",
                request.path());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(405).type(Problem.MEDIA_TYPE)
                .entity(Problems.of(ProblemType.METHOD_NOT_ALLOWED,
                        "The method " + request.method() + " is not allowed on " + request.path() + ".",
                        request.path(), List.of()));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        // A JSON reader's failure may arrive wrapped; say so plainly rather than echo the parser.
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ".";
            case 406 -> "This resource answers in application/json"
                    + " (and text/csv where documented); the Accept header asked for something else.";
            case 415 -> "This operation takes application/json"
                    + " (or the media types documented for it), not " + contentType(request) + ".";
            case 413 -> "The request body is larger than this service accepts.";
            default -> type.title() + ".";
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problems.of(type, detail, request.path(), List.of()));
        copyHeader(e, builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(e, builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Response known = fromDatabase(e, request);
        if (known != null) {
            return known;
        }
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s serving %s %s", errorId, request.method(), request.path());
        return Problems.response(ProblemType.INTERNAL,
                "Something went wrong on our side. Quote error id " + errorId + " when reporting it.",
                request.path());
    }

    /**
     * Database errors that a request (or a race between two requests) can cause, found anywhere in
     * the cause chain, since a commit wraps them. The service layer checks its rules first and says
     * why in words; this is the backstop.
     */
    private static Response fromDatabase(Throwable e, HttpServerRequest request) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("OptimisticLockException") || name.equals("StaleObjectStateException")
                    || name.equals("StaleStateException")) {
                return Problems.response(ProblemType.PRECONDITION_FAILED, "The resource was changed by another"
                        + " request at the same time. Read it again and reapply your change.", request.path());
            }
            if (t instanceof SQLTransientConnectionException || name.equals("JDBCConnectionException")) {
                return unavailable(e, request);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
                    return unavailable(e, request);
                }
                if (state.equals("23505")) {
                    return Problems.response(ProblemType.CONFLICT,
                            "A record with the same identifying value already exists.", request.path());
                }
                if (state.startsWith("22")) {
                    // A data exception: a value the database cannot hold (a character its encoding
                    // refuses, a number out of its column's range). Nothing was written.
                    return Problems.response(ProblemType.VALIDATION, "A value in the request cannot be stored as"
                            + " given (a character or number outside what the record can hold).", request.path());
                }
                if (state.equals("23503")) {
                    return Problems.response(ProblemType.CONFLICT, "The change would leave a reference to a"
                            + " record that does not exist, or remove one that others refer to.", request.path());
                }
                if (state.equals("40001") || state.equals("40P01")) {
                    return Response.status(409).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "1")
                            .entity(Problems.of(ProblemType.CONFLICT,
                                    "The request collided with another one; send it again.", request.path(),
                                    List.of()))
                            .build();
                }
            }
        }
        return null;
    }

    private static Response unavailable(Throwable e, HttpServerRequest request) {
        Log.warnf("Database unavailable while serving %s %s: %s", request.method(), request.path(), e.toString());
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "5")
                .entity(Problems.of(ProblemType.SERVICE_UNAVAILABLE,
                        "The database is not reachable just now; try again shortly.", request.path(), List.of()))
                .build();
    }

    private static Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field '")) {
            String field = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
            return Problems.response(ProblemType.MALFORMED_REQUEST, "The body names the field '" + field + "' twice.",
                    request.path(), List.of(new FieldError(field, "is named more than once")));
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problems.response(ProblemType.MALFORMED_REQUEST,
                "The body is not well-formed JSON" + where + ".", request.path());
    }

    private static void copyHeader(WebApplicationException e, Response.ResponseBuilder builder, String name) {
        String value = e.getResponse().getHeaderString(name);
        if (value != null) {
            builder.header(name, value);
        }
    }

    private static String contentType(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null ? "a body without Content-Type" : type.replaceAll("[^\\w./+;= -]", "?");
    }

    /** The JSON path of the failing value, e.g. {@code milestones[2].dueDate}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(((Enum<?>) c).name());
            }
            return "one of " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a real date written YYYY-MM-DD";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "a timestamp such as 2025-09-17T10:15:00Z";
            case "BigDecimal" -> "a JSON number";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a JSON string";
            case "UUID" -> "a UUID";
            default -> type.isRecord() || !type.getName().startsWith("java.")
                    ? "a JSON object" : "of the documented type";
        };
    }

    private static String rootMessage(JsonMappingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
        return message == null ? "value not accepted" : Problems.withoutInternals(message);
    }

    private static List<ElementKind> kindsOf(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }

    /**
     * The field a violation is about, as the caller knows it: a body property's path, or a query
     * parameter's name; never the Java method or argument name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        List<Path.Node> list = new ArrayList<>();
        nodes.forEachRemaining(list::add);
        int start = 0;
        if (!list.isEmpty() && list.get(0).getKind() == ElementKind.METHOD) {
            start = 1;
        }
        if (list.size() > start + 1 && list.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (int i = start; i < list.size(); i++) {
            Path.Node node = list.get(i);
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // Bean Validation puts a list element's index on the node that follows the list.
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
