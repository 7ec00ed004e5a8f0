package uk.csit.tracker.kit.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a request that is not valid, and why. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(description = "The field, as a JSON path within the request (or a query parameter or header name).",
                example = "dueDate")
        String field,
        @Schema(description = "Why the value is not accepted.", example = "must not be before startDate")
        String message) {
}
