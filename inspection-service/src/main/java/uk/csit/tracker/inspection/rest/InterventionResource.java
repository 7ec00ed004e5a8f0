package uk.csit.tracker.inspection.rest;

import uk.csit.tracker.inspection.rest.dto.Pages;
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
import uk.csit.tracker.inspection.domain.InterventionStatus;
import uk.csit.tracker.inspection.domain.InterventionType;
import uk.csit.tracker.inspection.rest.dto.InterventionDto;
import uk.csit.tracker.inspection.service.InterventionService;

@Path("/api/v1/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interventions", description = "DfE improvement notices and statutory directions, and who oversees them.")
public class InterventionResource {

    @Inject
    InterventionService interventions;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listInterventions", summary = "List interventions", description = "Newest first; filter by status and type.")
    @APIResponse(responseCode = "200", description = "A page of interventions.",
            content = @Content(schema = @Schema(implementation = Pages.InterventionPage.class)))
    public Response list(
            @Parameter(schema = @Schema(implementation = InterventionStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = InterventionType.class)) @QueryParam("type") String type,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(interventions.list(QueryValues.enumValue("status", status, InterventionStatus.class),
                QueryValues.enumValue("type", type, InterventionType.class), paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "createIntervention", summary = "Record an intervention",
            description = "With its legal basis, conditions and oversight roles. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = InterventionDto.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull InterventionDto body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/interventions", body, () -> {
            InterventionDto created = interventions.create(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getIntervention", summary = "Read an intervention", description = "With its last DfE review and when the next is due.")
    @APIResponse(responseCode = "200", description = "The intervention; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = InterventionDto.class)))
    @APIResponse(responseCode = "404", description = "No intervention has this ref.")
    public Response get(@PathParam("ref") String ref) {
        InterventionDto found = interventions.find(ref)
                .orElseThrow(() -> ProblemException.notFound("intervention", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "updateIntervention", summary = "Replace an intervention's details",
            description = "For example to lift it (status LIFTED with liftedDate). Send If-Match with the ETag you read."
                    + " A lifted or superseded intervention cannot be reopened.")
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(schema = @Schema(implementation = InterventionDto.class)))
    @APIResponse(responseCode = "404", description = "No intervention has this ref.")
    @APIResponse(responseCode = "409", description = "A change of status that is not allowed.")
    @APIResponse(responseCode = "412", description = "The intervention changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InterventionDto body) {
        InterventionDto updated = interventions.update(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getInterventionHistory", summary = "Read an intervention's history", description = "Every change, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(InterventionService.INTERVENTIONS, ref, paging.toRequest(), "intervention",
                () -> interventions.find(ref).isPresent()), uriInfo);
    }
}
