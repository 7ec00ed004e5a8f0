package uk.csit.tracker.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** A service's answer to a form, read back for the page: its body, and its refusal as errors on the form's fields. */
final class ServiceProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceProblems() {
    }

    static JsonNode body(Response answer) {
        try {
            return JSON.readTree(answer.getEntity() instanceof byte[] b ? b : new byte[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    /** The service's refusal as errors on the form's fields (the service names them by the JSON it was sent). */
    static List<FormError> asFormErrors(Response answer) {
        List<FormError> errors = new ArrayList<>();
        try {
            byte[] bytes = answer.getEntity() instanceof byte[] b ? b : new byte[0];
            JsonNode problem = JSON.readTree(bytes);
            for (JsonNode error : problem.path("errors")) {
                String field = switch (error.path("field").asText()) {
                    case "date" -> "date-day";
                    case "rag", "status" -> "rag";
                    case "percentComplete" -> "percentComplete";
                    default -> "narrative";
                };
                errors.add(new FormError(field, error.path("message").asText()));
            }
            if (errors.isEmpty()) {
                errors.add(new FormError("narrative", problem.path("detail").asText("The update was not accepted.")));
            }
        } catch (java.io.IOException e) {
            errors.add(new FormError("narrative", "The plan service did not accept the update; try again later."));
        }
        return errors;
    }
}
