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
import uk.csit.tracker.finance.service.FundingSourceService;
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

@Path("/api/v1/funding-sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Funding sources", description = "Where the money comes from.")
public class FundingSourceResource {

    @Inject
    FundingSourceService fundingSources;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listFundingSources", summary = "List funding sources", description = "Government settlement, capitalisation directions, reserves, grants.")
    @APIResponse(responseCode = "200", description = "The funding sources.",
            content = @Content(schema = @Schema(implementation = FundingSourceList.class)))
    public FundingSourceList list() {
        return new FundingSourceList(fundingSources.fundingSources());
    }

    @POST
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createFundingSource", summary = "Record a funding source", description = "A capitalisation direction carries its repayment term in years.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = FundingSourceResponse.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken.")
    public Response create(@Valid @NotNull FundingSourceRequest body, @Context UriInfo uriInfo) {
        FundingSourceResponse created = fundingSources.createFundingSource(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build()).entity(created).build();
    }
}
