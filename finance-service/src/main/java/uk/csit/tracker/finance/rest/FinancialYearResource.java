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
import uk.csit.tracker.finance.service.FinancialYearService;
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

@Path("/api/v1/financial-years")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Financial years", description = "Years from 1 April to 31 March, and their closed months.")
public class FinancialYearResource {

    @Inject
    FinancialYearService years;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listFinancialYears", summary = "List financial years", description = "Newest first, each with its dates and closed months.")
    @APIResponse(responseCode = "200", description = "The years.",
            content = @Content(schema = @Schema(implementation = FinancialYearList.class)))
    public FinancialYearList list() {
        return new FinancialYearList(years.years());
    }

    @POST
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createFinancialYear", summary = "Record a financial year", description = "The label, like 2024-25, decides the dates: 1 April 2024 to 31 March 2025. Dates sent must agree.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = FinancialYearResponse.class)))
    @APIResponse(responseCode = "409", description = "The year is already recorded.")
    public Response create(@Valid @NotNull FinancialYearRequest body, @Context UriInfo uriInfo) {
        FinancialYearResponse created = years.createYear(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.label()).build())
                .tag(Preconditions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getFinancialYear", summary = "Read a financial year", description = "With its dates and closed months.")
    @APIResponse(responseCode = "200", description = "The year.", content = @Content(schema = @Schema(implementation = FinancialYearResponse.class)))
    @APIResponse(responseCode = "404", description = "The year is not recorded.")
    public FinancialYearResponse get(@PathParam("ref") String label) {
        return years.year(label).orElseThrow(() -> ProblemException.notFound("financial year", label));
    }

    @POST
    @Path("{ref}/closed-months")
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createClosedMonth", summary = "Close a month to spend", description = "Spend dated in a closed month is then refused with 409.")
    @APIResponse(responseCode = "200", description = "Closed.", content = @Content(schema = @Schema(implementation = FinancialYearResponse.class)))
    @APIResponse(responseCode = "404", description = "The year is not recorded.")
    public FinancialYearResponse close(@PathParam("ref") String label, @Valid @NotNull MonthClosure body) {
        return years.closeMonth(label, body.month(), true);
    }

    @DELETE
    @Path("{ref}/closed-months/{month}")
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "deleteClosedMonth", summary = "Reopen a closed month", description = "For a correction the finance officer has to make.")
    @APIResponse(responseCode = "200", description = "Reopened.", content = @Content(schema = @Schema(implementation = FinancialYearResponse.class)))
    @APIResponse(responseCode = "404", description = "The year is not recorded, or the month is not closed.")
    public FinancialYearResponse reopen(@PathParam("ref") String label, @PathParam("month") String month) {
        return years.closeMonth(label, month, false);
    }
}
