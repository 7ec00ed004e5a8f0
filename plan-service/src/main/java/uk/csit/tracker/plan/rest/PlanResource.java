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

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Versions of the improvement plan and their approval.")
public class PlanResource {
    @Inject
    PlanService plans;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    ChangeHistory history;


    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listPlans", summary = "List improvement plans", description = "Every version of every programme's plan, by ref.")
    @APIResponse(responseCode = "200", description = "A page of plans.",
            content = @Content(schema = @Schema(implementation = PlanPage.class)))
    public Response list(@Parameter(description = "Only this programme's plans.", example = "IMPROVEMENT")
            @QueryParam("programme") String programme, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(plans.plans(QueryValues.filter(programme), paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createPlan", summary = "Record a version of the improvement plan", description = "With its approval and the intervention it answers. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken, or the change is not allowed.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull PlanDto body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/plans", body, () -> {
            PlanDto created = plans.createPlan(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getPlan", summary = "Read a plan", description = "ETag carries its version.")
    @APIResponse(responseCode = "200", description = "Found.", content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    public Response get(@PathParam("ref") String ref) {
        PlanDto found = plans.plan(ref).orElseThrow(() -> ProblemException.notFound("plan", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "updatePlan", summary = "Replace a plan's details", description = "For example when cabinet approves it. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned.",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    @APIResponse(responseCode = "409", description = "A change that is not allowed.")
    @APIResponse(responseCode = "412", description = "It changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PlanDto body) {
        PlanDto updated = plans.updatePlan(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getPlanHistory", summary = "Read a plan's history", description = "Every change, oldest first: who, when, in which request, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(PlanService.PLANS, ref, paging.toRequest(), "plan", () -> plans.plan(ref).isPresent()), uriInfo);
    }
}
