package uk.csit.tracker.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Text as people write it: tabs and line breaks are kept, but NUL and the other control characters
 * (which no form or spreadsheet produces, and PostgreSQL cannot store in the case of NUL) make the
 * field invalid, so the request is a 400 naming the field rather than a failure on saving it.
 */
final class PlainTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = super.deserialize(p, ctxt);
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                    return (String) ctxt.handleWeirdStringValue(String.class, value,
                            "holds the control character U+%04X; text may hold tabs and line breaks but no other control characters",
                            (int) c);
                }
            }
        }
        return value;
    }
}
