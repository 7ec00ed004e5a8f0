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
import java.time.Clock;
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
import uk.csit.tracker.finance.service.PositionService;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget position", description = "The position of each year's money.")
public class PositionResource {

    @Inject
    Clock clock;



    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @Inject
    PositionService positions;

    @GET
    @Path("budget-position")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getBudgetPosition", summary = "The budget position of a financial year", description = "Allocated, spent to date, forecast outturn, variance (allocated minus forecast outturn) and percent spent against percent of the year elapsed, by category, priority, month or quarter (Q1 = April to June). Computed in SQL. Without financialYear, the current one.")
    @APIResponse(responseCode = "200", description = "The position.", content = @Content(schema = @Schema(implementation = BudgetPosition.class)))
    @APIResponse(responseCode = "404", description = "The year is not recorded.")
    public BudgetPosition position(@Parameter(example = "2024-25") @QueryParam("financialYear") String financialYear,
            @Parameter(description = "category (default), priority, fundingSource (a grant's spend against its allocations), month or quarter.", schema = @Schema(type = SchemaType.STRING, enumeration = {"category", "priority", "fundingSource", "month", "quarter"})) @QueryParam("groupBy") String groupBy) {
        return positions.position(QueryValues.filter(financialYear), groupBy);
    }

    @GET
    @Path("finance-summary")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getFinanceSummary", summary = "Everything the status needs from finance, in one call", description = "Every recorded"
            + " financial year's totals, newest first, and which is the current one. With asOf, the position as it stood"
            + " at the end of that day (UK time): years begun by then, each allocation as it stood then (rebuilt from its"
            + " history, left out if made or approved later), spend dated by then and the latest forecast for a month"
            + " begun by then.")
    @Parameter(name = "asOf", description = "A past day (YYYY-MM-DD), or today; none for now.", example = "2025-03-26",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "200", description = "The summary.", content = @Content(schema = @Schema(implementation = FinanceSummary.class)))
    public FinanceSummary summary(@QueryParam("asOf") String asOf) {
        return positions.summary(AsOf.parse(asOf, clock));
    }
}
