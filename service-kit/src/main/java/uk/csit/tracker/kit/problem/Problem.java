package uk.csit.tracker.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document, the body of every 4xx and 5xx answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details: the body of every error response.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "A URI that identifies the kind of problem.", example = "https://csit.uk/problems/validation")
        URI type,
        @Schema(description = "A short summary of the kind of problem.", example = "Request not valid")
        String title,
        @Schema(description = "The HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong with this request, in words a person can act on.",
                example = "2 fields are not valid")
        String detail,
        @Schema(description = "The path of the request that failed.", example = "/api/v1/actions",
                format = "uri-reference")
        URI instance,
        @Schema(description = "For validation failures: each field that is wrong and why; at most the first "
                + Problems.MAX_ERRORS + " (errorCount says how many there are).", maxItems = Problems.MAX_ERRORS)
        List<FieldError> errors,
        @Schema(description = "How many fields or lines are wrong, when errors are listed; more than the length of"
                + " errors when only the first " + Problems.MAX_ERRORS + " are listed.", minimum = "1")
        Integer errorCount) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
