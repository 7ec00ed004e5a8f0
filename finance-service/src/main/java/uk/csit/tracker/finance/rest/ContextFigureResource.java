package uk.csit.tracker.finance.rest;

import uk.csit.tracker.kit.data.changes.ChangeEntryPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.*;
import uk.csit.tracker.finance.service.ContextFigureService;
import uk.csit.tracker.finance.service.PositionService;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/context-figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Context figures", description = "Sourced figures such as deficits and settlements.")
public class ContextFigureResource {

    @Inject
    ContextFigureService figures;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listContextFigures", summary = "List context figures", description = "Sourced figures that are not allocations; where sources disagree, each is listed with its source and one per subject is in use.")
    @APIResponse(responseCode = "200", description = "The figures.",
            content = @Content(schema = @Schema(implementation = ContextFigureList.class)))
    public ContextFigureList list(@QueryParam("subject") String subject) {
        return new ContextFigureList(figures.contextFigures(QueryValues.filter(subject)));
    }

    @POST
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createContextFigure", summary = "Record a context figure", description = "With its source. Each subject has exactly one figure in use: inUse true makes this one the figure in use (the one before stops being so); a subject's first figure is in use unless inUse is false, which is refused while no other figure of the subject is in use.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = ContextFigureDto.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken, or the subject would have no figure in use.")
    public Response create(@Valid @NotNull ContextFigureDto body, @Context UriInfo uriInfo) {
        ContextFigureDto created = figures.saveContextFigure(null, null, body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getContextFigure", summary = "Read a context figure", description = "With its source.")
    @APIResponse(responseCode = "200", description = "The figure.", content = @Content(schema = @Schema(implementation = ContextFigureDto.class)))
    @APIResponse(responseCode = "404", description = "No figure has this ref.")
    public Response get(@PathParam("ref") String ref) {
        ContextFigureDto found = figures.contextFigure(ref).orElseThrow(() -> ProblemException.notFound("context figure", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "updateContextFigure", summary = "Replace a context figure", description = "For example to make it the figure in use. The figure in use stops being so only when another takes over, so inUse false on it is refused while it is its subject's only one. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(schema = @Schema(implementation = ContextFigureDto.class)))
    @APIResponse(responseCode = "409", description = "Its subject would have no figure in use.")
    @APIResponse(responseCode = "404", description = "No figure has this ref.")
    @APIResponse(responseCode = "412", description = "It changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ContextFigureDto body) {
        ContextFigureDto updated = figures.saveContextFigure(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getContextFigureHistory", summary = "Read a context figure's history", description = "Every change, oldest first: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of("context-figures", ref, paging.toRequest(), "context figure", () -> figures.contextFigure(ref).isPresent()), uriInfo);
    }
}
