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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.*;
import uk.csit.tracker.finance.service.AllocationService;
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
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations", description = "Money approved for a purpose, its variations and its position.")
public class AllocationResource {

    @Inject
    AllocationService allocations;

    @Inject
    SpendCsv csv;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvFiles.MEDIA_TYPE})
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listAllocations", summary = "List allocations", description = "Filter by financial year, category, plan priority refs"
            + " (repeatable) or action ref. Each carries its spend, forecast outturn and variance. With"
            + " `Accept: text/csv` the answer is every matching allocation (not paged) as RFC 4180 CSV in the style"
            + " of Local Government Transparency Code publications, with the columns Body name, Body, Service area,"
            + " Financial year, Allocation ref, Expense type, Purpose, Amount, Original amount, Spent, Forecast"
            + " outturn, Variance, Funding source, Approved by, Approved date, Source document, Priority ref, Action"
            + " ref; amounts are pounds with two decimals and dates YYYY-MM-DD.")
    @APIResponse(responseCode = "200", description = "A page of allocations, or with Accept: text/csv all of them as CSV.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationPage.class)),
                    @Content(mediaType = CsvFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@Parameter(example = "2024-25") @QueryParam("financialYear") String financialYear,
            @Parameter(schema = @Schema(implementation = AllocationCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "Plan priority refs; repeat for several.") @QueryParam("priority") List<String> priority,
            @Parameter(description = "A plan action ref.") @QueryParam("action") String action,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        List<String> priorities = priority == null ? List.of() : priority.stream().filter(p -> !p.isBlank()).toList();
        AllocationCategory categoryValue = QueryValues.enumValue("category", category, AllocationCategory.class);
        if (CsvFiles.wanted(headers)) {
            return CsvFiles.attachment(csv.allocations(allocations.allAllocations(QueryValues.filter(financialYear),
                    categoryValue, priorities, QueryValues.filter(action))),
                    "allocations" + (financialYear == null || financialYear.isBlank() ? "" : "-" + financialYear.trim()));
        }
        return PageResponses.ok(allocations.allocations(QueryValues.filter(financialYear), categoryValue, priorities,
                QueryValues.filter(action), paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createAllocation", summary = "Record an allocation", description = "Money approved for a purpose in a financial year. Amounts are positive, in pounds with at most two decimals. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull AllocationRequest body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/allocations", body, () -> {
            AllocationResponse created = allocations.createAllocation(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getAllocation", summary = "Read an allocation", description = "With its variations, spend, forecast outturn and variance.")
    @APIResponse(responseCode = "200", description = "The allocation.", content = @Content(schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "404", description = "No allocation has this ref.")
    public Response get(@PathParam("ref") String ref) {
        AllocationResponse found = allocations.allocation(ref).orElseThrow(() -> ProblemException.notFound("allocation", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @POST
    @Path("{ref}/variations")
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createAllocationVariation", summary = "Vary an allocation's amount", description = "The change is kept with its reason, date and author; the old amount is never overwritten. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Varied.", content = @Content(schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "404", description = "No allocation has this ref.")
    @APIResponse(responseCode = "409", description = "The amount is unchanged.")
    @APIResponse(responseCode = "412", description = "It changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response vary(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull VariationRequest body) {
        AllocationResponse varied = allocations.vary(ref, ifMatch, body);
        return Response.ok(varied).tag(Preconditions.etag(varied.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getAllocationHistory", summary = "Read an allocation's history", description = "Every change, oldest first: who, when, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of("allocations", ref, paging.toRequest(), "allocation", () -> allocations.allocation(ref).isPresent()), uriInfo);
    }
}
