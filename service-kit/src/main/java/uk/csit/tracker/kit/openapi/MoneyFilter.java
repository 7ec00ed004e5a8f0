package uk.csit.tracker.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Money is pounds sterling with exactly two decimal places, never binary floating point (the API
 * conventions): every property named {@code ...Gbp} is said to be a {@code decimal} (the OpenAPI format
 * registry's fixed-point number) that is a multiple of 0.01, so that a generated client reads it into a
 * decimal type and a validator holds the answers to two places.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.MONEY)
public class MoneyFilter implements OASFilter {

    static final String SUFFIX = "Gbp";
    static final BigDecimal PENNY = new BigDecimal("0.01");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(MoneyFilter::markMoney);
    }

    private static void markMoney(Schema schema) {
        if (schema == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, property) -> {
                if (name.endsWith(SUFFIX) && property.getType() != null
                        && property.getType().contains(SchemaType.NUMBER)) {
                    property.setFormat("decimal");
                    property.setMultipleOf(PENNY);
                }
                markMoney(property);
            });
        }
        markMoney(schema.getItems());
    }
}
