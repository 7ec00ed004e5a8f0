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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;
import uk.csit.tracker.plan.domain.*;
import uk.csit.tracker.plan.rest.dto.PlanDtos.*;
import uk.csit.tracker.plan.service.*;

@Path("/api/v1/priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Priorities", description = "The plan's themes and the recommendations they answer.")
public class PriorityResource {
    @Inject
    PlanService plans;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    ChangeHistory history;
    @Inject
    PrioritiesAsOf priorities;
    @Inject
    java.time.Clock clock;

    /** What asOf means on a read of priorities. */
    static final String AS_OF = "A past day (YYYY-MM-DD), or today; none for now. Then the answer is as it stood at the"
            + " end of that day (UK time): each priority as it was then, rebuilt from its history (left out if made later).";


    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listPriorities", summary = "List priorities", description = "The themes (workstreams) of the plans; filter by the recommendation they answer, by plan or by programme.")
    @APIResponse(responseCode = "200", description = "A page of priorities.",
            content = @Content(schema = @Schema(implementation = PriorityPage.class)))
    public Response list(@Parameter(description = "Only priorities answering this recommendation ref.", example = "ILACS-2023-R1")
            @QueryParam("recommendation") String recommendation,
            @Parameter(description = "Only this plan's priorities.") @QueryParam("plan") String plan,
            @Parameter(description = "Only this programme's priorities.", example = "IMPROVEMENT")
            @QueryParam("programme") String programme,
            @Parameter(description = AS_OF, example = "2025-03-26", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("asOf") String asOf,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        AsOf day = AsOf.parse(asOf, clock);
        PageRequest page = paging.toRequest();
        String rec = QueryValues.filter(recommendation);
        String planRef = QueryValues.filter(plan);
        String programmeRef = QueryValues.filter(programme);
        return PageResponses.ok(day == null ? plans.priorities(rec, planRef, programmeRef, page)
                : priorities.priorities(rec, planRef, programmeRef, page, day), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createPriority", summary = "Record a priority", description = "With the recommendation refs it answers (refs of inspection-service; the gateway reports ones that do not resolve). An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(schema = @Schema(implementation = PriorityDto.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken, or the change is not allowed.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull PriorityDto body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/priorities", body, () -> {
            PriorityDto created = plans.createPriority(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getPriority", summary = "Read a priority", description = "ETag carries its version. With"
            + " asOf, the priority as it stood at the end of that day; its ETag is the version it had then.")
    @APIResponse(responseCode = "200", description = "Found.", content = @Content(schema = @Schema(implementation = PriorityDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref (or had it on the day asked for).")
    public Response get(@PathParam("ref") String ref,
            @Parameter(description = AS_OF, example = "2025-03-26", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("asOf") String asOf) {
        AsOf day = AsOf.parse(asOf, clock);
        if (day != null) {
            return Response.ok(priorities.priority(ref, day)
                    .orElseThrow(() -> ProblemException.notFoundThen("priority", ref, day.date()))).build();
        }
        PriorityDto found = plans.priority(ref).orElseThrow(() -> ProblemException.notFound("priority", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "updatePriority", summary = "Replace a priority", description = "Including the recommendations it answers. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned.",
            content = @Content(schema = @Schema(implementation = PriorityDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    @APIResponse(responseCode = "409", description = "A change that is not allowed.")
    @APIResponse(responseCode = "412", description = "It changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PriorityDto body) {
        PriorityDto updated = plans.updatePriority(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getPriorityHistory", summary = "Read a priority's history", description = "Every change, oldest first: who, when, in which request, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(PlanService.PRIORITIES, ref, paging.toRequest(), "priority",
                () -> plans.priority(ref).isPresent()), uriInfo);
    }
}
