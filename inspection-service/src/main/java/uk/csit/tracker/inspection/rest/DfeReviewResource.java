package uk.csit.tracker.inspection.rest;

import uk.csit.tracker.inspection.rest.dto.Pages;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;
import uk.csit.tracker.inspection.rest.dto.DfeReviewRequest;
import uk.csit.tracker.inspection.rest.dto.DfeReviewResponse;
import uk.csit.tracker.inspection.service.InterventionService;

@Path("/api/v1/dfe-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DfE reviews", description = "The DfE's reviews of progress under an intervention.")
public class DfeReviewResource {

    @Inject
    InterventionService interventions;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listDfeReviews", summary = "List DfE reviews", description = "Newest first; filter by intervention.")
    @APIResponse(responseCode = "200", description = "A page of reviews.",
            content = @Content(schema = @Schema(implementation = Pages.DfeReviewPage.class)))
    public Response list(@Parameter(description = "Only this intervention's reviews.", example = "DFE-IN-2024")
            @QueryParam("intervention") String intervention, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(interventions.reviews(intervention == null || intervention.isBlank() ? null
                : intervention, paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "createDfeReview", summary = "Record a DfE review",
            description = "When the DfE does not set the next review's date, it is taken as six months later.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = DfeReviewResponse.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull DfeReviewRequest body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/dfe-reviews", body, () -> {
            DfeReviewResponse created = interventions.createReview(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getDfeReview", summary = "Read a DfE review", description = "With when the next is due.")
    @APIResponse(responseCode = "200", description = "The review.",
            content = @Content(schema = @Schema(implementation = DfeReviewResponse.class)))
    @APIResponse(responseCode = "404", description = "No review has this ref.")
    public Response get(@PathParam("ref") String ref) {
        DfeReviewResponse found = interventions.findReview(ref)
                .orElseThrow(() -> ProblemException.notFound("DfE review", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getDfeReviewHistory", summary = "Read a DfE review's history", description = "Every change, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(InterventionService.REVIEWS, ref, paging.toRequest(), "DfE review",
                () -> interventions.findReview(ref).isPresent()), uriInfo);
    }
}
