package uk.csit.tracker.inspection.rest;

import uk.csit.tracker.inspection.rest.dto.Pages;
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
import uk.csit.tracker.inspection.domain.Grade;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.rest.dto.InspectionSummary;
import uk.csit.tracker.inspection.service.InspectionService;
import uk.csit.tracker.inspection.service.OverviewService;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

/** The derived views: judgements across inspections, the current ones, the timeline, the summary. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview", description = "Views derived from the record: current judgements, the timeline, the summary.")
public class OverviewResource {

    @Inject
    Clock clock;


    @Inject
    OverviewService overview;

    @Inject
    InspectionService inspections;

    @GET
    @Path("judgements")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listJudgements", summary = "List judgements across inspections", description = "Newest inspection first; filter by area,"
            + " grade and date range.")
    @APIResponse(responseCode = "200", description = "A page of judgements.",
            content = @Content(schema = @Schema(implementation = Pages.JudgementPage.class)))
    public Response judgements(
            @Parameter(schema = @Schema(implementation = JudgementArea.class)) @QueryParam("area") String area,
            @Parameter(schema = @Schema(implementation = Grade.class)) @QueryParam("grade") String grade,
            @Parameter(description = "Judgements of inspections on or after this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Judgements of inspections on or before this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        LocalDate fromDate = QueryValues.date("from", from);
        LocalDate toDate = QueryValues.date("to", to);
        QueryValues.range("from", fromDate, "to", toDate);
        return PageResponses.ok(inspections.judgements(QueryValues.enumValue("area", area, JudgementArea.class),
                QueryValues.enumValue("grade", grade, Grade.class), fromDate, toDate, paging.toRequest()), uriInfo);
    }

    @GET
    @Path("current-judgements")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listCurrentJudgements", summary = "The current judgement of each area",
            description = "The latest graded judgement per area, with the inspection it came from. An area replaced"
                    + " before the latest graded inspection (children in care and care leavers, split in 2023) is left out.")
    @APIResponse(responseCode = "200", description = "One judgement per area.",
            content = @Content(schema = @Schema(implementation = Pages.JudgementList.class)))
    public Pages.JudgementList currentJudgements() {
        return new Pages.JudgementList(overview.currentJudgements());
    }

    @GET
    @Path("timeline")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getTimeline", summary = "The inspection and intervention timeline",
            description = "Inspections and visits, report publications, interventions issued and lifted, DfE reviews,"
                    + " in date order. Dates known only to the month sort at the month's first day (see datePrecision).")
    @APIResponse(responseCode = "200", description = "A page of timeline entries.",
            content = @Content(schema = @Schema(implementation = Pages.TimelinePage.class)))
    public Response timeline(@Parameter(description = "From this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "To this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        LocalDate fromDate = QueryValues.date("from", from);
        LocalDate toDate = QueryValues.date("to", to);
        QueryValues.range("from", fromDate, "to", toDate);
        return PageResponses.ok(overview.timeline(fromDate, toDate, paging.toRequest()), uriInfo);
    }

    @GET
    @Path("inspection-summary")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getInspectionSummary", summary = "Everything the status needs from inspections, in one call",
            description = "The local authority, current judgements, the open intervention with its adviser and next"
                    + " review, the last and next monitoring visits, and every recommendation with its status. With"
                    + " asOf, the position as it stood at the end of that day (UK time): only inspections judged by then,"
                    + " the intervention open then, the last visit held by then (no next one), and each recommendation's"
                    + " status from its recorded history on that day.")
    @Parameter(name = "asOf", description = "A past day (YYYY-MM-DD), or today; none for now.", example = "2025-03-26",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "200", description = "The summary, with the time it was read (asAt).",
            content = @Content(schema = @Schema(implementation = InspectionSummary.class)))
    public InspectionSummary summary(@QueryParam("asOf") String asOf) {
        return overview.summary(AsOf.parse(asOf, clock));
    }
}
