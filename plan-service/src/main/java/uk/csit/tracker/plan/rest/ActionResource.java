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
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.csv.SheetLimits;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "What the council will do: owners, dates, status, RAG and progress.")
public class ActionResource {
    @Inject
    ActionService actions;
    @Inject
    ActionSearch search;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    ChangeHistory history;
    @Inject
    ActionSheet sheet;
    @Inject
    ActionImportService importer;
    @Inject
    ProgressHistory progressHistory;
    @Inject
    java.time.Clock clock;

    static final int MAX_IMPORT_ROWS = 5000;

    /** What asOf means on every read of actions. */
    static final String AS_OF = "A past day (YYYY-MM-DD), or today; none for now. Then the answer is as it stood at the"
            + " end of that day (UK time): each action as it was then, rebuilt from its history (left out if made later),"
            + " its RAG and overdue worked out on that day, its latest progress the latest dated and recorded by then.";

    /** Rows past 5,000, or values right of twice the export's columns, end the reading of a file with a 400. */
    private static final SheetLimits IMPORT_LIMITS = new SheetLimits(MAX_IMPORT_ROWS, 2 * ActionSheet.COLUMNS.size());
    private static final String SHEET_COLUMNS = "Ref, Priority ref, Title, Description, Owner name, Owner team, Start"
            + " date, Due date, Original due date, Revised due reason, Status, Percent complete, RAG, Derived RAG, RAG"
            + " override, RAG override reason, Overdue, Latest progress date, Latest progress, Evidence links, Success"
            + " measures, KPI codes, Source, Version";
    static final String IMPORT_EXAMPLE = "Ref,Priority ref,Title,Owner name,Owner team,Start date,Due date,Status,Percent complete\r\n"
            + "A-2.9,P2,Quarterly audit of supervision records,Principal Social Worker,Quality Assurance,2025-04-01,"
            + "2026-03-31,IN_PROGRESS,40\r\n";


    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFiles.MEDIA_TYPE})
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listActions", summary = "List actions",
            description = "Filter by status, RAG in force, owner, priority, the recommendation answered, overdue, due"
                    + " before a date. With `Accept: text/csv` the answer is every matching action (not paged) as RFC 4180"
                    + " CSV with the columns " + SHEET_COLUMNS + "; list cells hold one entry per line. The same file"
                    + " can be edited and sent to POST /api/v1/actions/import. A page is read afresh after any write"
                    + " through the service; a write made elsewhere (another instance, or straight in the database) is"
                    + " seen within the read cache's time to live, a second by default, as on a read of one action.")
    @APIResponse(responseCode = "200", description = "A page of actions, each with its RAG and latest progress; or, with"
            + " Accept: text/csv, all of them as CSV.", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPage.class)),
                    @Content(mediaType = CsvFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response list(
            @Parameter(schema = @Schema(implementation = ActionStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Rag.class)) @QueryParam("rag") String rag,
            @Parameter(description = "The owner's name, any case.") @QueryParam("owner") String owner,
            @Parameter(description = "A priority ref.") @QueryParam("priority") String priority,
            @Parameter(description = "A recommendation ref answered through the action's priority.") @QueryParam("recommendation") String recommendation,
            @Parameter(description = "true for actions past due and not complete.", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Due before this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "ref, dueDate, startDate, status or percentComplete; a leading - for descending.") @QueryParam("sort") String sort,
            @Parameter(description = AS_OF, example = "2025-03-26", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("asOf") String asOf,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        AsOf day = AsOf.parse(asOf, clock);
        ActionSearch.Filter filter = new ActionSearch.Filter(
                QueryValues.enumValue("status", status, ActionStatus.class), QueryValues.enumValue("rag", rag, Rag.class),
                QueryValues.filter(owner), QueryValues.filter(priority),
                QueryValues.filter(recommendation), QueryValues.bool("overdue", overdue),
                QueryValues.date("dueBefore", dueBefore));
        if (CsvFiles.wanted(headers)) {
            paging.toRequest(); // bad paging parameters are a 400 here too, though CSV is not paged
            return CsvFiles.attachment(sheet.csv(search.all(filter, sort, day)), "actions");
        }
        if (day != null) {
            return PageResponses.ok(search.list(filter, sort, paging.toRequest(), day), uriInfo);
        }
        ActionPageJson page = search.listJson(filter, sort, paging.toRequest());
        return Response.ok(page.body(), MediaType.APPLICATION_JSON)
                .header("Link", PageResponses.linkHeader(page.frame(), uriInfo)).build();
    }

    @POST
    @Path("import")
    // Any type is let in so that the caller's token is checked first (401/403); an unreadable type is a 415 below.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "importActions", summary = "Import actions from a spreadsheet", description = "CSV (RFC 4180, UTF-8, `Content-Type:"
            + " text/csv`) or an Excel workbook (XLSX, its first worksheet, `Content-Type: " + Workbooks.MEDIA_TYPE
            + "`), a header row first. Required columns: Ref, Priority ref, Title, Status. Optional: Description, Owner"
            + " name, Owner team, Start date, Due date, Revised due reason, Percent complete, RAG override, RAG override"
            + " reason, Evidence links, Success measures, KPI codes, Source, Version; the export's derived columns"
            + " (Original due date, RAG, Derived RAG, Overdue, Latest progress date, Latest progress) are allowed and"
            + " ignored; any other column is refused. Dates YYYY-MM-DD (or DD/MM/YYYY), percent 0-100, statuses and"
            + " RAGs by their API names, one list entry per line in a cell. A new ref creates the action; an existing"
            + " ref is replaced under PUT's rules (a moved due date needs a Revised due reason; a column the file"
            + " leaves out keeps its value; the row must carry the Version it was exported at, and it must still be current). All or nothing: if any"
            + " row is bad nothing is written and the 400 names each bad row (`line N, Column`) and why. A row that"
            + " says what the action already says changes nothing, so importing the same file twice creates nothing"
            + " new. At most " + MAX_IMPORT_ROWS + " rows per file.")
    @RequestBody(content = {
            @Content(mediaType = CsvFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), example = IMPORT_EXAMPLE),
            @Content(mediaType = Workbooks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported: how many actions were created, replaced and left as they were.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionImportResult.class)))
    @APIResponse(responseCode = "400", description = "The file cannot be read, its header lacks a column, or rows are bad; nothing was written.")
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor an XLSX workbook.")
    public ActionImportResult importSheet(byte[] body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf(Workbooks.MEDIA_TYPE))) {
            return importer.importRows(Workbooks.firstSheet(body, IMPORT_LIMITS), false);
        }
        CsvFiles.requireCsv(type, "the actions (or an XLSX workbook as " + Workbooks.MEDIA_TYPE + ")");
        return importer.importRows(CsvFiles.read(new String(body, StandardCharsets.UTF_8), IMPORT_LIMITS), true);
    }

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createAction", summary = "Record an action", description = "Under a priority, with owner, dates, status and percent complete. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(schema = @Schema(implementation = ActionDto.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken, or the change is not allowed.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull ActionDto body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/actions", body, () -> {
            ActionDto created = actions.create(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getAction", summary = "Read an action", description = "ETag carries its version. With asOf,"
            + " the action as it stood at the end of that day; its ETag is the version it had then.")
    @APIResponse(responseCode = "200", description = "Found.", content = @Content(schema = @Schema(implementation = ActionDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref (or had it on the day asked for).")
    public Uni<Response> get(@PathParam("ref") String ref,
            @Parameter(description = AS_OF, example = "2025-03-26", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("asOf") String asOf) {
        // The most asked-for read: answered on the event loop when the read cache holds it, since handing a
        // blocking method to a worker and back was a large part of such a read's CPU (bench/results,
        // 2026-12-07-get-by-ref-probes.md). Anything that must reach the database is read on a worker.
        if (asOf == null) {
            Optional<ActionJson> kept = actions.keptJson(ref);
            if (kept != null) {
                return Uni.createFrom().item(found(kept, ref));
            }
        }
        return Uni.createFrom().item(() -> read(ref, asOf)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Response found(Optional<ActionJson> json, String ref) {
        ActionJson found = json.orElseThrow(() -> ProblemException.notFound("action", ref));
        return Response.ok(found.body(), MediaType.APPLICATION_JSON).tag(Preconditions.etag(found.version())).build();
    }

    private Response read(String ref, String asOf) {
        AsOf day = AsOf.parse(asOf, clock);
        if (day != null) {
            return Response.ok(actions.findAsOf(ref, day).orElseThrow(() -> ProblemException.notFoundThen("action", ref, day.date()))).build();
        }
        return found(actions.findJson(ref), ref);
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "updateAction", summary = "Replace an action", description = "A new due date needs revisedDueReason; the first due date is kept. A complete action cannot become NOT_STARTED. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned.",
            content = @Content(schema = @Schema(implementation = ActionDto.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    @APIResponse(responseCode = "409", description = "A change that is not allowed.")
    @APIResponse(responseCode = "412", description = "It changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionDto body) {
        ActionDto updated = actions.update(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getActionHistory", summary = "Read an action's history", description = "Every change, oldest first: who, when, in which request, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(ActionService.ACTIONS, ref, paging.toRequest(), "action",
                () -> actions.findJson(ref).isPresent()), uriInfo);
    }

    @POST
    @Path("{ref}/progress-updates")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createProgressUpdate", summary = "Add a progress update",
            description = "Dated narrative, RAG and percent complete; the author is the authenticated caller. Updates are never edited or deleted; the action shows the latest and takes its percent (and status, when given).")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(schema = @Schema(implementation = ProgressUpdateResponse.class)))
    @APIResponse(responseCode = "404", description = "No action has this ref.")
    @APIResponse(responseCode = "409", description = "A change of status that is not allowed.")
    public Response addProgress(@PathParam("ref") String ref, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull ProgressUpdateRequest body, @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/actions/" + ref + "/progress-updates", body, () -> {
            ProgressUpdateResponse created = actions.addProgress(ref, body);
            return Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(created).build();
        });
    }

    @GET
    @Path("{ref}/progress-updates")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listProgressUpdates", summary = "Read an action's progress updates", description = "Newest"
            + " first; the whole history is kept. With asOf, those dated and recorded by the end of that day.")
    @APIResponse(responseCode = "200", description = "A page of progress updates.",
            content = @Content(schema = @Schema(implementation = ProgressUpdatePage.class)))
    @APIResponse(responseCode = "404", description = "No action has this ref.")
    public Response progress(@PathParam("ref") String ref,
            @Parameter(description = AS_OF, example = "2025-03-26", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("asOf") String asOf,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(progressHistory.progress(ref, paging.toRequest(), AsOf.parse(asOf, clock)), uriInfo);
    }

    @POST
    @Path("{ref}/milestones")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createMilestone", summary = "Add a milestone to an action", description = "A dated step; it appears in the timeline.")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    @APIResponse(responseCode = "404", description = "No action has this ref.")
    public Response addMilestone(@PathParam("ref") String ref, @Valid @NotNull MilestoneRequest body, @Context UriInfo uriInfo) {
        MilestoneResponse created = actions.addMilestone(ref, body);
        return Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(created).build();
    }

    @GET
    @Path("{ref}/milestones")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listMilestones", summary = "List an action's milestones", description = "By due date.")
    @APIResponse(responseCode = "200", description = "The milestones.",
            content = @Content(schema = @Schema(implementation = MilestoneList.class)))
    @APIResponse(responseCode = "404", description = "No action has this ref.")
    public MilestoneList milestones(@PathParam("ref") String ref) {
        return new MilestoneList(actions.milestones(ref));
    }
}
