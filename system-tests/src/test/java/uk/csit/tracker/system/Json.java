package uk.csit.tracker.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;

/** Figures as pretty JSON, through JSON-P. */
final class Json {

    private static final JsonWriterFactory PRETTY = jakarta.json.Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private Json() {
    }

    static String write(Map<String, Object> figures) {
        JsonObject object = jakarta.json.Json.createObjectBuilder(figures).build();
        StringWriter out = new StringWriter();
        PRETTY.createWriter(out).write(object);
        return out.toString().strip();
    }
}
