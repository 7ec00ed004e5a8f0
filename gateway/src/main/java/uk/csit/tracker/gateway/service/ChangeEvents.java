package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import uk.csit.tracker.gateway.service.ChangeFeedService.MergedChange;

/**
 * A change as a CloudEvents 1.0 event in structured JSON mode ({@code application/cloudevents+json}):
 * id {@code <service>-<cursor>} (the same on every attempt, so receivers can drop repeats), source
 * {@code /tracker/<service>}, type {@code uk.csit.tracker.<collection>.<created|updated|deleted>},
 * subject the record's ref, time the change's, and the change itself as data.
 */
@ApplicationScoped
public class ChangeEvents {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    @Inject
    ObjectMapper mapper;

    public static String id(MergedChange change) {
        return change.source() + "-" + change.cursor();
    }

    public String json(MergedChange change) {
        ObjectNode data = mapper.createObjectNode();
        data.put("entityType", change.entityType());
        data.put("entityRef", change.entityRef());
        data.put("operation", change.operation());
        data.put("actor", change.actor());
        data.put("requestId", change.requestId());
        data.set("before", change.before());
        data.set("after", change.after());
        try {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(id(change))
                    .withSource(URI.create("/tracker/" + change.source()))
                    .withType(EventTypes.of(change.entityType(), change.operation()))
                    .withSubject(change.entityRef())
                    .withTime(change.occurredAt().atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(mapper.writeValueAsBytes(data))
                    .build();
            return new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written as JSON", e);
        }
    }
}
