package uk.csit.tracker.gateway.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import uk.csit.tracker.gateway.service.ChangeEvents;
import uk.csit.tracker.gateway.service.EventCatalogue;
import uk.csit.tracker.kit.openapi.ContractFilters;

/**
 * Writes the contract's {@code webhooks} section (OpenAPI 3.1) from the event catalogue: for every collection, the
 * request the gateway makes of a registered receiver, a CloudEvents 1.0 event in structured JSON whose {@code data}
 * is the change with the record before and after as the collection's own schema, and the Standard Webhooks headers
 * to verify it by. Runs after the services' contracts are merged in, so that every record schema is there.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractFilters.MERGE - 100)
public class WebhooksContractFilter implements OASFilter {

    static final String CLOUD_EVENT = "CloudEvent";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addSchema(CLOUD_EVENT, cloudEvent());
        header(components, "webhook-id", "The event's id, the same on every attempt: drop an event whose id you have"
                + " seen.", "plan-1042");
        header(components, "webhook-timestamp", "When this attempt was sent, in seconds since 1970 (UTC); refuse one"
                + " far from your clock, so that an old request cannot be replayed.", "1758104100");
        header(components, "webhook-signature", "`v1,` and the base64 HMAC-SHA256, under the secret's key (the base64"
                + " after `whsec_`), of `<webhook-id>.<webhook-timestamp>.<body>`, per Standard Webhooks"
                + " (standardwebhooks.com): verify it with its libraries before trusting the body.",
                "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=");
        for (EventCatalogue.Collection collection : EventCatalogue.COLLECTIONS) {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(collection.schema())) {
                throw new IllegalStateException("The webhooks of " + collection.name() + " name the schema "
                        + collection.schema() + ", which no merged contract has");
            }
            String change = collection.schema() + "Change";
            String event = collection.schema() + "ChangeEvent";
            components.addSchema(change, change(collection));
            components.addSchema(event, event(collection, change));
            openAPI.addWebhook(collection.name(), OASFactory.createPathItem().POST(receive(collection, event)));
        }
    }

    private static Schema cloudEvent() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A CloudEvents 1.0 event in structured JSON mode (application/cloudevents+json).")
                .addProperty("specversion", text("The CloudEvents version.").enumeration(List.of("1.0")))
                .addProperty("id", text("The change's id, `<service>-<its position in the service's change feed>`:"
                        + " the same on every attempt, and the webhook-id header.").examples(List.of("plan-1042")))
                .addProperty("source", text("The service that made the change.")
                        .enumeration(List.of("/tracker/plan", "/tracker/inspection", "/tracker/finance")))
                .addProperty("type", text("`uk.csit.tracker.<collection>.<created|updated>`."))
                .addProperty("subject", text("The ref of the record that changed.").examples(List.of("A-2.4")))
                .addProperty("time", text("When the change was committed (UTC).").format("date-time"))
                .addProperty("datacontenttype", text("The form of data.").enumeration(List.of("application/json")))
                .required(List.of("specversion", "id", "source", "type", "time"));
    }

    private static Schema change(EventCatalogue.Collection collection) {
        Schema record = OASFactory.createSchema().ref(collection.schema());
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A change of " + collection.name() + " (" + collection.path() + "): "
                        + collection.description())
                .addProperty("entityType", text("The collection.").enumeration(List.of(collection.name())))
                .addProperty("entityRef", text("The record's ref."))
                .addProperty("operation", text("What the write did.").enumeration(collection.updated()
                        ? List.of("CREATE", "UPDATE") : List.of("CREATE")))
                .addProperty("actor", OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL))
                        .description("Who made the change (the token's subject); null for data the service seeded."))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL))
                        .description("The X-Request-Id of the request that made it."))
                .addProperty("before", nullable(record, "The record before the change; null when it was created."))
                .addProperty("after", nullable(OASFactory.createSchema().ref(collection.schema()),
                        "The record after the change."));
    }

    private static Schema event(EventCatalogue.Collection collection, String change) {
        Schema specific = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("type", text("The event type.").enumeration(new ArrayList<>(collection.types())))
                .addProperty("data", OASFactory.createSchema().ref(change));
        return OASFactory.createSchema()
                .description("A change of " + collection.name() + " as the gateway POSTs it to a webhook.")
                .allOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(CLOUD_EVENT), specific)));
    }

    private static Operation receive(EventCatalogue.Collection collection, String event) {
        String noun = collection.schema();
        List<Parameter> headers = new ArrayList<>();
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            headers.add(OASFactory.createParameter().ref(name));
        }
        return OASFactory.createOperation()
                .operationId("receive" + noun + "ChangeEvent")
                .summary("A change of " + collection.name())
                .description("Sent to every webhook whose eventTypes match " + String.join(" or ", collection.types())
                        + ". " + collection.description() + " The records are at " + collection.path() + " (the "
                        + collection.service() + " service's, through the gateway). Any 2xx answer is a delivery;"
                        + " anything else, or no answer in time, is tried again (after 10 s, doubling to at most an"
                        + " hour, for 24 hours), with the same webhook-id. Delivery is at least once, and a few events may"
                        + " be sent at the same time: order them by their time, not by their arrival.")
                .tags(new ArrayList<>(List.of("Webhooks")))
                .parameters(headers)
                .security(new ArrayList<>())
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType(ChangeEvents.CONTENT_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(event)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("2XX", OASFactory.createAPIResponse().description("Received."))
                        .addAPIResponse("default", OASFactory.createAPIResponse()
                                .description("Not received: the event is sent again later.")));
    }

    private static void header(Components components, String name, String description, String example) {
        components.addParameter(name, OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true)
                .description(description).schema(OASFactory.createSchema().addType(SchemaType.STRING))
                .example(example));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    private static Schema nullable(Schema schema, String description) {
        return OASFactory.createSchema().description(description)
                .anyOf(new ArrayList<>(List.of(schema, OASFactory.createSchema().addType(SchemaType.NULL))));
    }
}
