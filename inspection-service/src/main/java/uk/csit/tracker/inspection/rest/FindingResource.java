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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.inspection.domain.FindingType;
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.domain.RecommendationStatus;
import uk.csit.tracker.inspection.rest.dto.FindingDto;
import uk.csit.tracker.inspection.rest.dto.StatusChangeRequest;
import uk.csit.tracker.inspection.service.FindingService;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings", description = "Findings of every inspection; recommendations and their status.")
public class FindingResource {

    @Inject
    FindingService findings;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listFindings", summary = "List findings",
            description = "Across inspections, newest inspection first. For example the open recommendations:"
                    + " `?type=RECOMMENDATION&status=OPEN`; later monitoring-visit findings on an area:"
                    + " `?area=HELP_AND_PROTECTION&inspectionType=MONITORING_VISIT`.")
    @APIResponse(responseCode = "200", description = "A page of findings.",
            content = @Content(schema = @Schema(implementation = Pages.FindingPage.class)))
    public Response list(
            @Parameter(schema = @Schema(implementation = FindingType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = RecommendationStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = JudgementArea.class)) @QueryParam("area") String area,
            @Parameter(schema = @Schema(implementation = InspectionType.class))
            @QueryParam("inspectionType") String inspectionType,
            @Parameter(description = "Only this inspection's findings.") @QueryParam("inspection") String inspection,
            @Parameter(description = "ref, inspectionDate or statusDate; a leading - for descending.")
            @QueryParam("sort") String sort,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        FindingService.Filter filter = new FindingService.Filter(
                QueryValues.enumValue("type", type, FindingType.class),
                QueryValues.enumValue("status", status, RecommendationStatus.class),
                QueryValues.enumValue("area", area, JudgementArea.class),
                QueryValues.enumValue("inspectionType", inspectionType, InspectionType.class),
                inspection == null || inspection.isBlank() ? null : inspection);
        return PageResponses.ok(findings.list(filter, sort, paging.toRequest()), uriInfo);
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getFinding", summary = "Read a finding", description = "A recommendation comes with every change of its status.")
    @APIResponse(responseCode = "200", description = "The finding; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = FindingDto.class)))
    @APIResponse(responseCode = "404", description = "No finding has this ref.")
    public Response get(@PathParam("ref") String ref) {
        FindingDto finding = findings.find(ref).orElseThrow(() -> ProblemException.notFound("finding", ref));
        return Response.ok(finding).tag(Preconditions.etag(finding.version())).build();
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "updateFinding", summary = "Correct a finding",
            description = "Its words, judgement area and source: for example, enter a recommendation's wording from"
                    + " the published report and set textPending false. The ref, type and inspection never change; the"
                    + " status changes through status-changes. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Corrected; the new ETag is returned.",
            content = @Content(schema = @Schema(implementation = FindingDto.class)))
    @APIResponse(responseCode = "404", description = "No finding has this ref.")
    @APIResponse(responseCode = "409", description = "A change of type.")
    @APIResponse(responseCode = "412", description = "The finding changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FindingDto body) {
        FindingDto updated = findings.update(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @POST
    @Path("{ref}/status-changes")
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "createFindingStatusChange", summary = "Change a recommendation's status",
            description = "OPEN can become ADDRESSED or CLOSED, ADDRESSED can become OPEN or CLOSED, CLOSED can be"
                    + " reopened. The change is kept with its date, evidence and the authenticated author. Send"
                    + " If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed; the recommendation with its new status and history.",
            content = @Content(schema = @Schema(implementation = FindingDto.class)))
    @APIResponse(responseCode = "404", description = "No finding has this ref.")
    @APIResponse(responseCode = "409", description = "Not a recommendation, or a change its status cannot make.")
    @APIResponse(responseCode = "412", description = "The recommendation changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response changeStatus(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChangeRequest body) {
        FindingDto changed = findings.changeStatus(ref, ifMatch, body);
        return Response.ok(changed).tag(Preconditions.etag(changed.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getFindingHistory", summary = "Read a finding's history", description = "Every change, oldest first, with who made it.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(FindingService.FINDINGS, ref, paging.toRequest(), "finding",
                () -> findings.find(ref).isPresent()), uriInfo);
    }
}
