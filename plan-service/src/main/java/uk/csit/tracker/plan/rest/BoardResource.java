package uk.csit.tracker.plan.rest;

import uk.csit.tracker.kit.data.changes.ChangeEntryPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;
import uk.csit.tracker.plan.domain.*;
import uk.csit.tracker.plan.rest.dto.PlanDtos.*;
import uk.csit.tracker.plan.service.*;

@Path("/api/v1/boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Boards", description = "The bodies that oversee the plan, and their meetings.")
public class BoardResource {
    @Inject
    BoardService boards;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    ChangeHistory history;


    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listBoards", summary = "List boards", description = "The officer improvement board, cross-party oversight board, scrutiny, cabinet.")
    @APIResponse(responseCode = "200", description = "A page of boards.",
            content = @Content(schema = @Schema(implementation = BoardPage.class)))
    public Response list(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(boards.list(paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createBoard", summary = "Record a board", description = "A body that oversees the plan. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(schema = @Schema(implementation = BoardResponse.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken, or the change is not allowed.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull BoardRequest body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/boards", body, () -> {
            BoardResponse created = boards.create(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getBoard", summary = "Read a board", description = "ETag carries its version.")
    @APIResponse(responseCode = "200", description = "Found.", content = @Content(schema = @Schema(implementation = BoardResponse.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    public Response get(@PathParam("ref") String ref) {
        BoardResponse found = boards.find(ref).orElseThrow(() -> ProblemException.notFound("board", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @POST
    @Path("{ref}/meetings")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createBoardMeeting", summary = "Record a board meeting", description = "Its date, decisions and the actions it reviewed (by ref).")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = BoardMeetingResponse.class)))
    @APIResponse(responseCode = "404", description = "No board has this ref.")
    @APIResponse(responseCode = "409", description = "The meeting ref is taken.")
    public Response addMeeting(@PathParam("ref") String ref, @Valid @NotNull BoardMeetingRequest body, @Context UriInfo uriInfo) {
        BoardMeetingResponse created = boards.addMeeting(ref, body);
        return Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(created).build();
    }

    @GET
    @Path("{ref}/meetings")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listBoardMeetings", summary = "List a board's meetings", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The meetings.",
            content = @Content(schema = @Schema(implementation = BoardMeetingList.class)))
    @APIResponse(responseCode = "404", description = "No board has this ref.")
    public BoardMeetingList meetings(@PathParam("ref") String ref) {
        return new BoardMeetingList(boards.meetings(ref));
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getBoardHistory", summary = "Read a board's history", description = "Every change, oldest first: who, when, in which request, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(BoardService.BOARDS, ref, paging.toRequest(), "board", () -> boards.find(ref).isPresent()), uriInfo);
    }
}
