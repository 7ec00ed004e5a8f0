package uk.csit.tracker.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.service.IntegrityService;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/integrity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Integrity", description = "References between services that do not resolve.")
public class IntegrityResource {

    static final String EXAMPLE = """
            {"asAt":"2025-10-01T09:00:00.300Z","degraded":true,
             "sources":{"inspection":{"state":"OK","readAt":"2025-10-01T09:00:00.051Z"},
                        "plan":{"state":"OK","readAt":"2025-10-01T09:00:00.090Z"},
                        "finance":{"state":"UNAVAILABLE","readAt":null}},
             "checks":[{"name":"PRIORITY_CITES_UNKNOWN_RECOMMENDATION","state":"RUN","examined":7,"unresolved":1},
                       {"name":"ALLOCATION_CITES_UNKNOWN_PRIORITY","state":"NOT_RUN","examined":0,"unresolved":0},
                       {"name":"ALLOCATION_CITES_UNKNOWN_ACTION","state":"NOT_RUN","examined":0,"unresolved":0}],
             "problems":[{"check":"PRIORITY_CITES_UNKNOWN_RECOMMENDATION","source":"plan","ref":"P3",
               "cites":"ILACS-2023-R9","target":"inspection",
               "detail":"Priority P3 answers recommendation ILACS-2023-R9, which the inspection service does not hold."}]}""";

    @Inject
    IntegrityService integrity;

    @Inject
    ContentTags tags;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getIntegrityReport", summary = "References between services that do not resolve",
            description = "Checks every priority's recommendation refs against the inspection service's"
                    + " recommendations, and every allocation's priority and action refs against the plan, so that data"
                    + " problems are visible instead of silently dropped. The services are read in parallel; a check"
                    + " whose sources did not all answer is NOT_RUN (its problems unknown, not absent), the source"
                    + " UNAVAILABLE and degraded true. ETag and If-None-Match as for the status.")
    @APIResponse(responseCode = "200", description = "The checks and every unresolved reference.",
            headers = @Header(name = "ETag", description = "A validator of the content.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntegrityService.Report.class),
                    examples = @ExampleObject(name = "degraded", summary = "An unknown recommendation cited; finance"
                            + " did not answer", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag sent in If-None-Match.")
    public Response integrity(@HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return tags.conditional(integrity.report(new Caller(authorization, requestId)), ifNoneMatch, null);
    }
}
