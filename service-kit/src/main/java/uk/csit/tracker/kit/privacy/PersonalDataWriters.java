package uk.csit.tracker.kit.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Leaves a {@link PersonalData} property out of the JSON written for a caller who may not read it, as if it had no
 * value (the contract calls every such property optional). Decided as each value is written, so one record class
 * serves every caller.
 */
@Singleton
public class PersonalDataWriters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("personal-data");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                return properties.stream()
                        .map(writer -> writer.getAnnotation(PersonalData.class) == null ? writer : new Withheld(writer))
                        .toList();
            }
        });
        mapper.registerModule(module);
    }

    /** A property written only when {@link PersonalDataAccess#visible()}. */
    static final class Withheld extends BeanPropertyWriter {

        Withheld(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider)
                throws Exception {
            if (PersonalDataAccess.visible()) {
                super.serializeAsField(bean, generator, provider);
            }
        }

        @Override
        public void serializeAsElement(Object bean, JsonGenerator generator, SerializerProvider provider)
                throws Exception {
            if (PersonalDataAccess.visible()) {
                super.serializeAsElement(bean, generator, provider);
            } else {
                generator.writeNull();
            }
        }
    }
}
