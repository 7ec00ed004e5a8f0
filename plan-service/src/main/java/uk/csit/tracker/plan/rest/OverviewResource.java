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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.AsOf;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Overview", description = "The plan summary and timeline.")
public class OverviewResource {
    @Inject
    SummaryService summaries;

    @Inject
    Clock clock;


    @GET
    @Path("plan-summary")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getPlanSummary", summary = "The plan in numbers, in one call",
            description = "Actions by status and by RAG in force, overdue, roll-ups per programme, per priority and per"
                    + " recommendation, KPI headlines. Computed in SQL. With programme, only that programme's plan,"
                    + " priorities, actions and the recommendations they answer (the KPI headlines are the council's). With asOf, the position as it stood at the end of that day (UK time):"
                    + " each action as it was then, rebuilt from its history (left out if made later), its RAG and overdue"
                    + " worked out on that day, the plan approved by then, and each KPI's latest value for a period ended"
                    + " by then.")
    @Parameter(name = "asOf", description = "A past day (YYYY-MM-DD), or today; none for now.", example = "2025-03-26",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "200", description = "The summary, with the time it was read (asAt).",
            content = @Content(schema = @Schema(implementation = PlanSummary.class)))
    @APIResponse(responseCode = "404", description = "No programme has the ref asked for.")
    public Response summary(@QueryParam("asOf") String asOf,
            @Parameter(description = "Only this programme.", example = "IMPROVEMENT") @QueryParam("programme")
            String programme) {
        AsOf day = AsOf.parse(asOf, clock);
        String programmeRef = QueryValues.filter(programme);
        if (programmeRef != null) {
            return Response.ok(summaries.summary(day, programmeRef)
                    .orElseThrow(() -> ProblemException.notFound("programme", programmeRef))).build();
        }
        // Today's summary is kept as the JSON it is sent as: its roll-ups make it tens of kilobytes on a large plan.
        return Response.ok(day == null ? summaries.summaryJson() : summaries.summary(day), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("timeline")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getTimeline", summary = "The plan's timeline", description = "Plan approvals, board meetings and milestones in date order.")
    @APIResponse(responseCode = "200", description = "A page of timeline entries.",
            content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    public Response timeline(@Parameter(description = "From this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "To this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        LocalDate fromDate = QueryValues.date("from", from);
        LocalDate toDate = QueryValues.date("to", to);
        QueryValues.range("from", fromDate, "to", toDate);
        return PageResponses.ok(summaries.timeline(fromDate, toDate, paging.toRequest()), uriInfo);
    }
}
