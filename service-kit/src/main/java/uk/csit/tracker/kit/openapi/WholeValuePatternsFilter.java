package uk.csit.tracker.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A Bean Validation {@code @Pattern} must match the whole value; a JSON Schema {@code pattern} matches anywhere in
 * it. Written as the scanner writes them, the contract allowed {@code HOSTILE_Kxx} where the service wants
 * {@code [A-Z0-9_]+}: so every pattern is anchored to the whole value, except {@code \S}, which is how the scanner
 * says {@code @NotBlank} (some character that is not a space, anywhere) and must stay unanchored.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.PLAIN_TYPES)
public class WholeValuePatternsFilter implements OASFilter {

    static final String NOT_BLANK = "\\S";

    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null) {
            schema.setPattern(anchored(pattern));
        }
        return schema;
    }

    /** The pattern anchored to the whole value (unchanged when it is already, or says "not blank"). */
    public static String anchored(String pattern) {
        if (pattern.equals(NOT_BLANK) || pattern.startsWith("^")) {
            return pattern;
        }
        return "^(?:" + pattern + ")$";
    }
}
