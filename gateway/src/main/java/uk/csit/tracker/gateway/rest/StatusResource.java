package uk.csit.tracker.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;
import uk.csit.tracker.gateway.service.StatusService;
import uk.csit.tracker.gateway.service.StatusView;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status", description = "The whole picture for the DfE adviser and council systems.")
public class StatusResource {

    @Inject
    StatusService status;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(summary = "The whole improvement picture in one call",
            description = "Latest judgements, the open intervention with its adviser and next review, monitoring visits,"
                    + " each recommendation with the plan's RAG roll-up, plan counts, KPI headlines and the money. One"
                    + " call per service, in parallel; answers within 2 seconds whatever the services do. A service that"
                    + " does not answer leaves its sections null, its source UNAVAILABLE and degraded true. Send"
                    + " If-None-Match with the ETag to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The picture; ETag validates its content.",
            content = @Content(schema = @Schema(implementation = StatusView.class)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag sent in If-None-Match.")
    public Response status(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        StatusView view = status.status(new Caller(authorization, requestId));
        String etag = status.etag(view);
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).build();
        }
        return Response.ok(view).header("ETag", etag).build();
    }
}
