package uk.csit.tracker.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.ServiceClient.Caller;
import uk.csit.tracker.gateway.service.TraceService;
import uk.csit.tracker.kit.problem.Problem;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traceability", description = "From each recommendation to the actions and money that answer it.")
public class RecommendationResource {

    @Inject
    TraceService trace;

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(summary = "Trace a recommendation",
            description = "The recommendation, the priorities and actions that answer it (with their latest progress),"
                    + " the allocations and spend for those priorities, and later monitoring-visit findings on the same"
                    + " judgement area.")
    @APIResponse(responseCode = "200", description = "The trace.",
            content = @Content(schema = @Schema(implementation = TraceService.Trace.class)))
    @APIResponse(responseCode = "404", description = "No recommendation has this ref.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The inspection service is not answering.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TraceService.Trace recommendation(@PathParam("ref") String ref,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId) {
        return trace.trace(ref, new Caller(authorization, requestId));
    }
}
