package uk.csit.tracker.kit.data.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.security.Capability;

/** {@code GET /api/v1/changes}: the same feed in every service. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "Every committed change, in order, for integrators that keep a copy.")
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "listChanges", summary = "Read the change feed",
            description = "Every committed change exactly once, oldest first, in the order this service saw them"
                    + " commit. Start with no cursor; then pass the `nextCursor` of each answer as `after`. A cursor"
                    + " never skips a change, even when transactions commit out of order.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor (possibly none yet).",
            content = @Content(schema = @Schema(implementation = ChangeFeedPage.class)))
    @APIResponse(responseCode = "400", description = "A cursor or limit that is not valid.")
    public Response read(
            @Parameter(description = "The cursor to read after; empty for the beginning.", example = "1042")
            @QueryParam("after") String after,
            @Parameter(description = "How many changes at most, 1 to 200.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Context UriInfo uriInfo) {
        ChangeFeedPage page = feed.read(after, limit);
        Response.ResponseBuilder response = Response.ok(page);
        if (page.hasMore()) {
            response.links(Link.fromUriBuilder(uriInfo.getRequestUriBuilder()
                    .replaceQueryParam("after", page.nextCursor())).rel("next").build());
        }
        return response.build();
    }
}
