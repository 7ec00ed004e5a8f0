package uk.csit.tracker.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.service.StatusView;
import uk.csit.tracker.gateway.service.TraceService;

/**
 * The records the gateway passes on are described in its contract by the services' own schemas (the merge puts the
 * service's schema in place of the gateway's reading of it). That is true only if the gateway reads every property
 * the service's committed contract names: here each such record, reached from the gateway's answers, is held to the
 * schema of its name in the service's openapi.json, property for property. A service that adds a property fails this
 * test until the gateway reads it too, instead of the gateway silently dropping it.
 */
class ConsumerDtosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENTS = "uk.csit.tracker.gateway.client.";

    @Test
    void everyRecordPassedOnHasEveryPropertyOfTheServicesSchema() throws IOException {
        List<JsonNode> contracts = new ArrayList<>();
        for (String service : List.of("plan-service", "inspection-service", "finance-service")) {
            contracts.add(JSON.readTree(Files.readString(Path.of("..", service, "openapi.json")))
                    .path("components").path("schemas"));
        }
        Set<Class<?>> seen = new HashSet<>();
        List<String> differences = new ArrayList<>();
        for (Class<?> answer : List.of(StatusView.class, TraceService.Trace.class)) {
            check(answer, contracts, seen, differences);
        }
        assertFalse(seen.stream().noneMatch(type -> type.getName().startsWith(CLIENTS)), "records were checked");
        assertEquals(List.of(), differences);
    }

    private static void check(Class<?> type, List<JsonNode> contracts, Set<Class<?>> seen, List<String> differences) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        Set<String> read = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            read.add(component.getName());
            for (Class<?> inner : classesOf(component.getGenericType())) {
                check(inner, contracts, seen, differences);
            }
        }
        if (!type.getName().startsWith(CLIENTS)) {
            return;
        }
        String name = type.getAnnotation(Schema.class).name();
        JsonNode schema = contracts.stream().map(c -> c.path(name)).filter(JsonNode::isObject).findFirst()
                .orElse(null);
        if (schema == null) {
            differences.add(type.getSimpleName() + ": no service's contract has a schema called " + name);
            return;
        }
        Set<String> described = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(described::add);
        if (!described.equals(read)) {
            Set<String> missing = new TreeSet<>(described);
            missing.removeAll(read);
            Set<String> extra = new TreeSet<>(read);
            extra.removeAll(described);
            differences.add(name + ": the gateway does not read " + missing + " and reads " + extra + " the service"
                    + " does not describe");
        }
    }

    private static List<Class<?>> classesOf(Type type) {
        List<Class<?>> classes = new ArrayList<>();
        if (type instanceof Class<?> plain) {
            classes.add(plain);
        } else if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                classes.addAll(classesOf(argument));
            }
        }
        return classes;
    }
}
