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
import uk.csit.tracker.finance.service.ForecastService;
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

@Path("/api/v1/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasts", description = "Forecast outturns by month.")
public class ForecastResource {

    @Inject
    ForecastService forecasts;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listForecasts", summary = "List an allocation's forecasts", description = "By month; the latest is the allocation's forecast outturn.")
    @APIResponse(responseCode = "200", description = "The forecasts.",
            content = @Content(schema = @Schema(implementation = ForecastList.class)))
    @APIResponse(responseCode = "404", description = "No allocation has this ref.")
    public ForecastList list(@Parameter(required = true) @QueryParam("allocation") String allocation) {
        if (QueryValues.filter(allocation) == null) {
            throw ProblemException.invalid("allocation", "must name the allocation whose forecasts to list");
        }
        return new ForecastList(forecasts.forecasts(allocation.trim()));
    }

    @POST
    @RolesAllowed(Capability.WRITE_FINANCE)
    @Operation(operationId = "createForecast", summary = "Record a forecast", description = "The forecast outturn of an allocation as made in a month of its year; one per month.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = ForecastResponse.class)))
    @APIResponse(responseCode = "409", description = "The month already has a forecast.")
    public Response create(@Valid @NotNull ForecastRequest body, @Context UriInfo uriInfo) {
        ForecastResponse created = forecasts.createForecast(body);
        return Response.status(201).entity(created).build();
    }
}
