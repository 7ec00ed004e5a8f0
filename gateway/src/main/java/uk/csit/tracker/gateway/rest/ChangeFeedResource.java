package uk.csit.tracker.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.service.ChangeFeedService;
import uk.csit.tracker.gateway.service.FeedCursor;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "Every committed change in every service, for integrators that keep a copy.")
public class ChangeFeedResource {

    @Inject
    ChangeFeedService feed;

    @GET
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "listChanges", summary = "Read the merged change feed",
            description = "Every committed change of the inspection, plan and finance services exactly once: start with no"
                    + " cursor, then pass each answer's `nextCursor` as `after`. Changes come oldest first, each service's"
                    + " in the order it committed them. A service that does not answer is marked UNAVAILABLE and"
                    + " degraded is true: its changes are not lost, they come on a later read from the same cursor.")
    @Parameter(name = "after", description = "The nextCursor of the previous answer; none to start at the beginning.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "limit", description = "How many changes at most (1 to 200, default 100).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "100"))
    @APIResponse(responseCode = "200", description = "The next changes (possibly none yet).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeFeedService.MergedChanges.class)))
    public ChangeFeedService.MergedChanges changes(@QueryParam("after") String after, @QueryParam("limit") String limit,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId) {
        return feed.changes(FeedCursor.parse(after), limit(limit), new Caller(authorization, requestId));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return ChangeFeedService.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= ChangeFeedService.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + ChangeFeedService.MAX_LIMIT);
    }
}
