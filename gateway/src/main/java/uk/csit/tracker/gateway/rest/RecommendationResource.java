package uk.csit.tracker.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.service.TraceCache;
import uk.csit.tracker.gateway.service.TraceService;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traceability", description = "From each recommendation to the actions and money that answer it.")
public class RecommendationResource {

    static final String DEGRADED = """
            {"asAt":"2025-10-01T09:00:01.200Z","degraded":true,
             "sources":{"inspection":{"state":"OK","readAt":"2025-10-01T09:00:00.051Z"},
                        "plan":{"state":"OK","readAt":"2025-10-01T09:00:00.090Z"},
                        "finance":{"state":"UNAVAILABLE","readAt":null}},
             "recommendation":{"ref":"ILACS-2023-R1","type":"RECOMMENDATION","inspectionRef":"ILACS-2023",
               "area":"HELP_AND_PROTECTION","status":"OPEN","text":"Improve the quality of..."},
             "priorities":[{"ref":"P1","title":"Help and protection","recommendationRefs":["ILACS-2023-R1"]}],
             "actions":[{"ref":"A-1.1","priorityRef":"P1","title":"Audit supervision records","status":"IN_PROGRESS",
               "rag":"GREEN",
               "latestProgress":{"date":"2025-09-01","author":"j.smith","narrative":"On track","rag":"GREEN",
                 "percentComplete":60}}],
             "allocations":null,"laterMonitoringFindings":[]}""";

    @Inject
    TraceCache traces;

    @Inject
    ContentTags tags;

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getRecommendationTrace", summary = "Trace a recommendation",
            description = "The recommendation with its status history, the priorities and actions that answer it (each"
                    + " action with its latest progress update), the allocations and spend for those priorities, and"
                    + " the findings of later monitoring visits on the same judgement area. The recommendation itself"
                    + " must be read (503 otherwise); any other section whose service does not answer is null, its"
                    + " source UNAVAILABLE and degraded true, as is a section of more than 2,000 items. A trace is"
                    + " assembled at most once a second (trace-cache-ttl) however many callers ask for it; while it is"
                    + " reassembled (in the background) callers are given the one before, so it is never more than"
                    + " the ttl plus twice the 1.8 s deadline behind the services. ETag and If-None-Match as for the"
                    + " status.")
    @Parameter(name = "ref", description = "The recommendation's ref.", example = "ILACS-2023-R1")
    @APIResponse(responseCode = "200", description = "The trace.",
            headers = @Header(name = "ETag", description = "A validator of the content.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TraceService.Trace.class),
                    examples = @ExampleObject(name = "degraded", summary = "The finance service did not answer",
                            value = DEGRADED)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag sent in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No recommendation has this ref.")
    public Response recommendation(@PathParam("ref") String ref,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tags.conditional((ContentTags.Prepared) traces.trace(ref, new Caller(authorization, requestId),
                tags::prepare), ifNoneMatch);
    }
}
