package uk.csit.tracker.gateway.rest;

import uk.csit.tracker.gateway.service.EventCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.DeliveryLog;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.EventType;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.EventTypeList;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.Webhook;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.WebhookCreated;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.WebhookList;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.WebhookRequest;
import uk.csit.tracker.gateway.service.Webhooks;
import uk.csit.tracker.kit.problem.Problem;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Changes pushed to a council system as they happen: CloudEvents 1.0, signed per"
        + " Standard Webhooks, retried with exponential backoff for 24 hours, every attempt logged.")
public class WebhookResource {

    @Inject
    Webhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capability.ADMINISTER)
    @Operation(operationId = "createWebhook", summary = "Register a webhook",
            description = "From now on every change of the wanted types is POSTed to the URL as a CloudEvents 1.0 event"
                    + " (application/cloudevents+json; id `<service>-<cursor>`, source `/tracker/<service>`, type"
                    + " `uk.csit.tracker.<collection>.<created|updated|deleted>`, subject the record's ref, data the"
                    + " change with the record before and after), with the headers webhook-id, webhook-timestamp and"
                    + " webhook-signature (`v1,` base64 HMAC-SHA256 of `id.timestamp.body` with the secret's key). Any"
                    + " 2xx answer is a delivery; anything else is tried again after 10 s, doubling to at most an hour"
                    + " between attempts, for 24 hours from the change. The same event may come more than once: use its id.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is in this answer only.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookCreated.class)))
    public Response register(@Valid @NotNull WebhookRequest request, @Context SecurityContext security,
            @Context UriInfo uri) {
        WebhookCreated created = webhooks.register(request, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed(Capability.ADMINISTER)
    @Operation(operationId = "listWebhooks", summary = "The registered webhooks",
            description = "Every webhook not removed, without its secret.")
    @APIResponse(responseCode = "200", description = "Every webhook not removed, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookList.class)))
    public WebhookList all() {
        return webhooks.all();
    }

    @GET
    @Path("event-types")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listEventTypes", summary = "The event types a webhook can ask for",
            description = "Every kind of change event, with the collection it is about, where its records are in this"
                    + " API and the contract's schema of its record; the contract's webhooks section describes each"
                    + " event in full. A webhook's eventTypes name these, with * for any collection or operation.")
    @APIResponse(responseCode = "200", description = "Every event type.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventTypeList.class)))
    public EventTypeList eventTypes() {
        return new EventTypeList(EventCatalogue.COLLECTIONS.stream().flatMap(c -> c.types().stream()
                .map(type -> new EventType(type, c.name(), type.substring(type.lastIndexOf('.') + 1), c.service(),
                        c.path(), c.schema(), c.description()))).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Capability.ADMINISTER)
    @Operation(operationId = "getWebhook", summary = "One webhook", description = "Its URL, event types and who"
            + " registered it when; never its secret.")
    @APIResponse(responseCode = "200", description = "The webhook (without its secret).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class)))
    public Webhook one(@PathParam("id") String id) {
        return webhooks.one(id);
    }

    @DELETE
    @Path("{id}")
    // No body when it succeeds, so a client may ask for problems only (openapi-generator's Java client does).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed(Capability.ADMINISTER)
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook", description = "Nothing more is sent to it; what was still owed is CANCELLED.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public Response remove(@PathParam("id") String id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed(Capability.ADMINISTER)
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's delivery log", description = "The latest 200 deliveries, newest first, with"
            + " attempts, the receiver's last answer and the next attempt.")
    @APIResponse(responseCode = "200", description = "The log.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryLog.class)))
    public DeliveryLog deliveries(@PathParam("id") String id) {
        return webhooks.deliveries(id);
    }
}
