package uk.csit.tracker.plan.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeEntryPage;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgrammeDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgrammePage;
import uk.csit.tracker.plan.service.ProgrammeService;

@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Programmes of work, each with its plans, priorities and actions: the"
        + " improvement plan answering the inspection, and any reform beside it.")
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listProgrammes", summary = "List programmes", description = "Every programme, by ref;"
            + " each one's roll-up is in the plan summary.")
    @APIResponse(responseCode = "200", description = "A page of programmes.",
            content = @Content(schema = @Schema(implementation = ProgrammePage.class)))
    public Response list(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(programmes.programmes(paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createProgramme", summary = "Record a programme", description = "For example a reform"
            + " run beside the improvement plan. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(schema = @Schema(implementation = ProgrammeDto.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull ProgrammeDto body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/programmes", body, () -> {
            ProgrammeDto created = programmes.create(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getProgramme", summary = "Read a programme", description = "ETag carries its version.")
    @APIResponse(responseCode = "200", description = "Found.",
            content = @Content(schema = @Schema(implementation = ProgrammeDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    public Response get(@PathParam("ref") String ref) {
        ProgrammeDto found = programmes.programme(ref).orElseThrow(() -> ProblemException.notFound("programme", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "updateProgramme", summary = "Replace a programme's details", description = "Send If-Match"
            + " with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned.",
            content = @Content(schema = @Schema(implementation = ProgrammeDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    @APIResponse(responseCode = "412", description = "It changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProgrammeDto body) {
        ProgrammeDto updated = programmes.update(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getProgrammeHistory", summary = "Read a programme's history", description = "Every"
            + " change, oldest first: who, when, in which request, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(ProgrammeService.PROGRAMMES, ref, paging.toRequest(), "programme",
                () -> programmes.programme(ref).isPresent()), uriInfo);
    }
}
