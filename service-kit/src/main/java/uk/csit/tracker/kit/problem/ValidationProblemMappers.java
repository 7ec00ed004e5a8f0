package uk.csit.tracker.kit.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bean Validation's refusals: each field named as the caller knows it (a body property's path or a query parameter),
 * a 400 for the schema's own constraints and a 422 for a rule between fields. A violated return value is our fault.
 */
public class ValidationProblemMappers {

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kindsOf(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return ProblemMappers.unexpectedProblem(e, request);
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
