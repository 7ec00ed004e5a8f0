package uk.csit.tracker.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A decimal in a request without the zeros after its last significant decimal place: {@code 12.500} is read as
 * {@code 12.5}. The contracts say money and other decimals as a multiple of their step (0.01), which 12.500 is; the
 * services' checks of decimal places (two for money) then take it, as the contract says they must.
 */
class TrailingZerosDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return Decimals.plain(super.deserialize(parser, context));
    }
}
