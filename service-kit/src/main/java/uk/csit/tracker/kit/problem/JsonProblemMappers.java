package uk.csit.tracker.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body Jackson could not read: malformed JSON is a 400 saying where; a value of the wrong type or an unknown field
 * is a 400 naming the field by its JSON path and what it must be, never the parser's own words or a class name.
 */
public class JsonProblemMappers {

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

    static Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
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
}
