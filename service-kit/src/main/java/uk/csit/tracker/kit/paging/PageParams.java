package uk.csit.tracker.kit.paging;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * The {@code page} and {@code size} query parameters of every list. They are read as text so that
 * {@code size=abc} is a 400 that names the parameter, not the 404 Jakarta REST gives a query
 * parameter it cannot convert.
 */
public class PageParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 200. Asking for more is a 400, not a silent cap.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
    String size;

    public PageParams() {
    }

    public PageParams(String page, String size) {
        this.page = page;
        this.size = size;
    }

    public PageRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int parse(String name, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
                return fallback;
            }
            return (int) value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return fallback;
        }
    }
}
