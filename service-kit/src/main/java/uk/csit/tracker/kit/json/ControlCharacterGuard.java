package uk.csit.tracker.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.temporal.Temporal;

/**
 * Enum values and dates written as text are refused when they hold a control character, which
 * Jackson would otherwise trim away ({@code "\u0004IN_PROGRESS"} is not {@code IN_PROGRESS}).
 * Free text has its own rule ({@link PlainTextDeserializer}).
 */
final class ControlCharacterGuard extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new Guarded(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
            JsonDeserializer<?> deserializer) {
        Class<?> type = beanDesc.getBeanClass();
        return Temporal.class.isAssignableFrom(type) ? new Guarded(deserializer) : deserializer;
    }

    private static final class Guarded extends DelegatingDeserializer {

        Guarded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Guarded(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c < 0x20 || c == 0x7F) {
                        return ctxt.handleWeirdStringValue(handledType(), text,
                                "holds the control character U+%04X", (int) c);
                    }
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
