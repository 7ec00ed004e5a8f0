package uk.csit.tracker.finance.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.*;
import uk.csit.tracker.finance.service.SpendService;
import uk.csit.tracker.finance.service.Recorded;
import uk.csit.tracker.finance.service.SpendCsv;
import uk.csit.tracker.finance.service.PositionService;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.kit.problem.Problems;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/spend")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Spend", description = "What was spent against each allocation.")
public class SpendResource {

    static final String SPEND_COLUMNS_TEXT = "Body name, Body, Service area, Expense type, Date, Transaction number,"
            + " Amount, Supplier, Description, Allocation ref, Financial year, Reverses transaction number";

    static final String SPEND_CSV_EXAMPLE = "Body name,Body,Service area,Expense type,Date,Transaction number,Amount,"
            + "Supplier,Description,Allocation ref,Financial year,Reverses transaction number\r\n"
            + "London Borough of Havering,E09000016,Children's Services,Improvement plan,2024-06-30,AP-2024-000123,"
            + "1250.00,Supplier Ltd,Agency social workers,ALLOC-2024-25-002,2024-25,\r\n";

    static final String IMPORT_EXAMPLE = "Transaction number,Allocation ref,Date,Amount,Description,Supplier,"
            + "Reverses transaction number\r\n"
            + "AP-2024-000123,ALLOC-2024-25-002,2024-06-30,1250.00,Agency social workers,Supplier Ltd,\r\n"
            + "AP-2024-000124,ALLOC-2024-25-002,2024-07-02,-250.00,Credit note,Supplier Ltd,AP-2024-000123\r\n";

    @Inject
    SpendService spend;

    @Inject
    SpendCsv csv;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFiles.MEDIA_TYPE})
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listSpendEntries", summary = "List spend", description = "By date; filter by allocation or financial year. With"
            + " `Accept: text/csv` the answer is every matching entry (not paged) as RFC 4180 CSV in the style councils"
            + " publish spending under the Local Government Transparency Code, with the columns " + SPEND_COLUMNS_TEXT
            + ". Dates are YYYY-MM-DD; amounts are pounds with two decimals, negative for a reversal. The same file"
            + " can be sent to POST /api/v1/spend/import.")
    @APIResponse(responseCode = "200", description = "A page of spend entries, or with Accept: text/csv all of them as CSV.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpendPage.class)),
                    @Content(mediaType = CsvFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            example = SPEND_CSV_EXAMPLE)})
    public Response list(@QueryParam("allocation") String allocation, @QueryParam("financialYear") String financialYear,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        if (CsvFiles.wanted(headers)) {
            List<SpendResponse> entries = spend.allSpend(QueryValues.filter(allocation), QueryValues.filter(financialYear));
            return CsvFiles.attachment(csv.spend(entries, spend.categoriesOf(entries)),
                    "spend" + (financialYear == null || financialYear.isBlank() ? "" : "-" + financialYear.trim()));
        }
        return PageResponses.ok(spend.spend(QueryValues.filter(allocation), QueryValues.filter(financialYear), paging.toRequest()), uriInfo);
    }

    @POST
    @Path("import")
    // Any type is let in so that the caller's token is checked first (401/403); a body that is not CSV is a 415 below.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "importSpendEntries", summary = "Import spend from the finance system", description = "A CSV extract (RFC 4180, UTF-8, a"
            + " header row first) with the columns Transaction number, Allocation ref, Date, Amount and Description,"
            + " and optionally Supplier and Reverses transaction number; the other columns of the spend export are"
            + " allowed and ignored, any other column is refused. Dates are YYYY-MM-DD (or DD/MM/YYYY); amounts are"
            + " pounds with at most two decimals and no £ sign or commas. Every line is checked as POST /api/v1/spend"
            + " checks one (a reversal may name a line earlier in the file). All or nothing: if any line is bad,"
            + " nothing is recorded and the 400 names each bad line (`line N, Column`) and why. A line whose"
            + " Transaction number is already recorded with the same content adds nothing, so importing the same"
            + " file again adds nothing. At most " + SpendCsv.MAX_IMPORT_LINES + " lines per file; the 400 lists the"
            + " first " + Problems.MAX_ERRORS + " problems and counts them all (`errorCount`).")
    @APIResponse(responseCode = "200", description = "Imported: how many lines were recorded and how many were already there.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpendImportResult.class)))
    @APIResponse(responseCode = "400", description = "The file is not CSV, its header lacks a column, or lines are bad; nothing was recorded.")
    @APIResponse(responseCode = "415", description = "The body is not sent as text/csv.")
    public SpendImportResult importCsv(@RequestBody(content = @Content(mediaType = CsvFiles.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), example = IMPORT_EXAMPLE)) String body,
            @Context HttpHeaders headers) {
        CsvFiles.requireCsv(headers.getMediaType(), "the extract");
        return spend.importSpend(csv.parseSpend(body));
    }

    @POST
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createSpendEntry", summary = "Record spend", description = "A line from the finance system, dated inside the allocation's financial year and not in a closed month. The same externalId and content again answers 200 with the existing entry; a different line under the same externalId is a 409. A reversal is negative and names the entry it reverses.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = SpendResponse.class)))
    @APIResponse(responseCode = "200", description = "Already recorded: the existing entry.", content = @Content(schema = @Schema(implementation = SpendResponse.class)))
    @APIResponse(responseCode = "409", description = "The month is closed, the entry is already reversed, or another line has this externalId.")
    public Response create(@Valid @NotNull SpendRequest body, @Context UriInfo uriInfo) {
        Recorded<SpendResponse> recorded = spend.recordSpend(body);
        if (!recorded.created()) {
            return Response.ok(recorded.value()).build();
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.value().externalId()).build())
                .entity(recorded.value()).build();
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getSpendEntry", summary = "Read a spend entry", description = "By its externalId.")
    @APIResponse(responseCode = "200", description = "The entry.", content = @Content(schema = @Schema(implementation = SpendResponse.class)))
    @APIResponse(responseCode = "404", description = "No entry has this externalId.")
    public SpendResponse get(@PathParam("ref") String externalId) {
        return spend.spendEntry(externalId).orElseThrow(() -> ProblemException.notFound("spend entry", externalId));
    }
}
