package uk.csit.tracker.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Keeps Java's own classes out of the contract. The scanner names a schema after each JDK value type it meets
 * ({@code LocalDate}, {@code Instant}, {@code UUID}), which a generated client then turns into a class of that
 * name that clashes with Java's; here each is written in place as the string and format it is. And where a
 * property both refers to a schema and says {@code type: string} beside the reference (the scanner adds it
 * when a property carries a description), the sibling type goes: generators read it instead of the enum the
 * reference names, and a nullable enum came out as a plain string.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.PLAIN_TYPES)
public class PlainTypesFilter implements OASFilter {

    /** The schema each JDK value type stands for. */
    static final Map<String, String> FORMATS = Map.of(
            "LocalDate", "date",
            "Instant", "date-time",
            "OffsetDateTime", "date-time",
            "ZonedDateTime", "date-time",
            "UUID", "uuid",
            "URI", "uri");

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            if (schema.getAnyOf() != null && schema.getType() != null) {
                // A nullable reference: anyOf [the schema, null] says it all.
                schema.setType(null);
            }
            return schema;
        }
        String name = ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : ref;
        String format = FORMATS.get(name);
        if (format != null) {
            schema.setRef(null);
            schema.setType(List.of(SchemaType.STRING));
            schema.setFormat(format);
        } else if (schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        }
    }
}
