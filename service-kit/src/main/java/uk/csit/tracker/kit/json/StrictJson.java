package uk.csit.tracker.kit.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as the contract says it is: a number is a number, a string a string, no field the schema
 * does not name, one document per body, and money written plainly ({@code 11000000.00}, not
 * {@code 1.1E+7}). A property with no value is left out rather than sent as {@code null}: the
 * contracts name no response property as required, so an absent one is what they promise (the
 * REST Assured tests hold every answer to that, see test-kit ContractConformance).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Deep enough for any body the API takes, shallow enough that a hostile one is cheap to refuse. */
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;

    /**
     * Whether a decimal read loses the zeros after its last significant place (TrailingZerosDeserializer): so in the
     * services, which read requests; not in the gateway, which reads the services' answers and passes their money
     * on exactly as written ({@code 0.00} stays {@code 0.00}).
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tracker.json.strip-decimal-zeros", defaultValue = "true")
    boolean stripDecimalZeros;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);
        // {"title":"A","title":"B"} is refused, not read as "B": a checker and the service must not read a body two ways.
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.setDefaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL,
                com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS));
        mapper.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        // Money read into a JSON tree (the gateway passes answers on) keeps its two decimals.
        mapper.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        // A date is a date: "2025-09-17T10:15:00Z" is not taken for 2025-09-17.
        mapper.configOverride(java.time.LocalDate.class)
                .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
        com.fasterxml.jackson.databind.module.SimpleModule text = new com.fasterxml.jackson.databind.module.SimpleModule(
                "plain-text");
        if (stripDecimalZeros) {
            text.addDeserializer(java.math.BigDecimal.class, new TrailingZerosDeserializer());
        }
        mapper.registerModule(text
                .addDeserializer(String.class, new PlainTextDeserializer())
                .setDeserializerModifier(new ControlCharacterGuard()));
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
