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
import uk.csit.tracker.finance.service.LedgerService;
import uk.csit.tracker.finance.service.PositionService;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.Problem;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/spend")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Spend", description = "What was spent against each allocation.")
@APIResponse(responseCode = "400", description = "The request is not valid; `errors` names each field.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SpendResource {

    @Inject
    LedgerService ledger;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(summary = "List spend", description = "By date; filter by allocation or financial year.")
    @APIResponse(responseCode = "200", description = "A page of spend entries.")
    public Response list(@QueryParam("allocation") String allocation, @QueryParam("financialYear") String financialYear,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(ledger.spend(blankToNull(allocation), blankToNull(financialYear), paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(summary = "Record spend", description = "A line from the finance system, dated inside the allocation's financial year and not in a closed month. The same externalId and content again answers 200 with the existing entry; a different line under the same externalId is a 409. A reversal is negative and names the entry it reverses.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = SpendResponse.class)))
    @APIResponse(responseCode = "200", description = "Already recorded: the existing entry.", content = @Content(schema = @Schema(implementation = SpendResponse.class)))
    @APIResponse(responseCode = "409", description = "The month is closed, the entry is already reversed, or another line has this externalId.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull SpendRequest body, @Context UriInfo uriInfo) {
        LedgerService.Recorded<SpendResponse> recorded = ledger.recordSpend(body);
        if (!recorded.created()) {
            return Response.ok(recorded.value()).build();
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.value().externalId()).build())
                .entity(recorded.value()).build();
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(summary = "Read a spend entry", description = "By its externalId.")
    @APIResponse(responseCode = "200", description = "The entry.", content = @Content(schema = @Schema(implementation = SpendResponse.class)))
    @APIResponse(responseCode = "404", description = "No entry has this externalId.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpendResponse get(@PathParam("ref") String externalId) {
        return ledger.spendEntry(externalId).orElseThrow(() -> ProblemException.notFound("spend entry", externalId));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
