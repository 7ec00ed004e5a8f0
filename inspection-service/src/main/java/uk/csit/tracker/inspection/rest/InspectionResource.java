package uk.csit.tracker.inspection.rest;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import uk.csit.tracker.inspection.domain.InspectionType;
import uk.csit.tracker.inspection.domain.JudgementArea;
import uk.csit.tracker.inspection.rest.dto.FindingDto;
import uk.csit.tracker.inspection.rest.dto.InspectionDto;
import uk.csit.tracker.inspection.rest.dto.JudgementDto;
import uk.csit.tracker.inspection.service.FindingService;
import uk.csit.tracker.inspection.service.InspectionService;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "Ofsted inspections and visits, with their judgements and findings.")
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @Inject
    FindingService findings;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listInspections", summary = "List inspections and visits",
            description = "Newest first by default. Filter by type and by a date range the inspection overlaps.")
    @APIResponse(responseCode = "200", description = "A page of inspections, with a Link header to the others.",
            content = @Content(schema = @Schema(implementation = Pages.InspectionPage.class)))
    public Response list(
            @Parameter(description = "Only this type.", schema = @Schema(implementation = InspectionType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only inspections on or after this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only inspections on or before this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "startDate, publishedDate or ref; a leading - for descending.", example = "-startDate")
            @QueryParam("sort") String sort,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        LocalDate fromDate = QueryValues.date("from", from);
        LocalDate toDate = QueryValues.date("to", to);
        QueryValues.range("from", fromDate, "to", toDate);
        return PageResponses.ok(inspections.list(QueryValues.enumValue("type", type, InspectionType.class),
                fromDate, toDate, sort, paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "createInspection", summary = "Record an inspection or visit",
            description = "Send an Idempotency-Key to make a retry safe: the same key and body within 24 hours answers"
                    + " with the first response.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it.",
            content = @Content(schema = @Schema(implementation = InspectionDto.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull InspectionDto body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/inspections", body, () -> {
            InspectionDto created = inspections.create(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getInspection", summary = "Read an inspection", description = "With its action plan deadlines where it is graded.")
    @APIResponse(responseCode = "200", description = "The inspection; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = InspectionDto.class)))
    @APIResponse(responseCode = "404", description = "No inspection has this ref.")
    public Response get(@PathParam("ref") String ref) {
        InspectionDto inspection = inspections.find(ref)
                .orElseThrow(() -> ProblemException.notFound("inspection", ref));
        return Response.ok(inspection).tag(Preconditions.etag(inspection.version())).build();
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "updateInspection", summary = "Replace an inspection's details",
            description = "Send If-Match with the ETag you read. A change that would leave a judgement invalid (an"
                    + " ungraded type, or dates outside an area's period) is refused.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned.",
            content = @Content(schema = @Schema(implementation = InspectionDto.class)))
    @APIResponse(responseCode = "404", description = "No inspection has this ref.")
    @APIResponse(responseCode = "409", description = "The change would leave a judgement invalid.")
    @APIResponse(responseCode = "412", description = "The inspection changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InspectionDto body) {
        InspectionDto updated = inspections.update(ref, ifMatch, body);
        return Response.ok(updated).tag(Preconditions.etag(updated.version())).build();
    }

    @GET
    @Path("{ref}/judgements")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listInspectionJudgements", summary = "List an inspection's judgements", description = "One per graded area.")
    @APIResponse(responseCode = "200", description = "The judgements.",
            content = @Content(schema = @Schema(implementation = Pages.JudgementList.class)))
    @APIResponse(responseCode = "404", description = "No inspection has this ref.")
    public Pages.JudgementList judgements(@PathParam("ref") String ref) {
        return new Pages.JudgementList(inspections.judgementsOf(ref));
    }

    @POST
    @Path("{ref}/judgements")
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "createJudgement", summary = "Record a judgement",
            description = "Only graded inspection types take grades, and only in areas given on the inspection's date:"
                    + " children in care and care leavers were one area until 2022, two from January 2023; overall"
                    + " effectiveness is not given after 31 March 2026.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = JudgementDto.class)))
    @APIResponse(responseCode = "404", description = "No inspection has this ref.")
    @APIResponse(responseCode = "409", description = "The area is already graded in this inspection.")
    public Response addJudgement(@PathParam("ref") String ref, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull JudgementDto body, @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/inspections/" + ref + "/judgements", body, () -> {
            JudgementDto created = inspections.addJudgement(ref, body);
            return Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(created).build();
        });
    }

    @PUT
    @Path("{ref}/judgements/{area}")
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "updateJudgement", summary = "Correct a judgement's grade",
            description = "For a grade entered wrongly. Send If-Match with the judgement's ETag (from"
                    + " GET .../judgements/{area}); the change is kept in the history.")
    @APIResponse(responseCode = "200", description = "Corrected; the new ETag is returned.",
            headers = @Header(name = "ETag", description = "The judgement's new version.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = JudgementDto.class)))
    @APIResponse(responseCode = "404", description = "No such inspection or judgement.")
    @APIResponse(responseCode = "412", description = "The judgement changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response correctJudgement(@PathParam("ref") String ref, @PathParam("area") String area,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull JudgementDto body) {
        JudgementArea judgementArea = QueryValues.enumValue("area", area, JudgementArea.class);
        JudgementDto corrected = inspections.correctJudgement(ref, judgementArea, ifMatch, body);
        return Response.ok(corrected)
                .tag(Preconditions.etag(inspections.judgementVersion(ref, judgementArea))).build();
    }

    @GET
    @Path("{ref}/judgements/{area}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getJudgement", summary = "Read one judgement", description = "ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The judgement; ETag carries its version.",
            headers = @Header(name = "ETag", description = "The judgement's version.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = JudgementDto.class)))
    @APIResponse(responseCode = "404", description = "No such inspection or judgement.")
    public Response judgement(@PathParam("ref") String ref, @PathParam("area") String area) {
        JudgementArea judgementArea = QueryValues.enumValue("area", area, JudgementArea.class);
        JudgementDto found = inspections.judgementsOf(ref).stream().filter(j -> j.area() == judgementArea)
                .findFirst().orElseThrow(() -> ProblemException.notFound("judgement", ref + "/" + area));
        return Response.ok(found).tag(Preconditions.etag(inspections.judgementVersion(ref, judgementArea))).build();
    }

    @GET
    @Path("{ref}/findings")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listInspectionFindings", summary = "List an inspection's findings", description = "Recommendations, strengths and the rest.")
    @APIResponse(responseCode = "200", description = "A page of findings.",
            content = @Content(schema = @Schema(implementation = Pages.FindingPage.class)))
    public Response findings(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        if (inspections.find(ref).isEmpty()) {
            throw ProblemException.notFound("inspection", ref);
        }
        return PageResponses.ok(findings.list(new FindingService.Filter(null, null, null, null, ref), null,
                paging.toRequest()), uriInfo);
    }

    @POST
    @Path("{ref}/findings")
    @RolesAllowed(Capability.WRITE_INSPECTION)
    @Operation(operationId = "createFinding", summary = "Record a finding",
            description = "A recommendation starts OPEN. Where the words are still to be entered from the published"
                    + " report, send textPending true with a placeholder text; never invented words.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it under /api/v1/findings.",
            content = @Content(schema = @Schema(implementation = FindingDto.class)))
    @APIResponse(responseCode = "404", description = "No inspection has this ref.")
    @APIResponse(responseCode = "409", description = "The ref is taken.")
    public Response addFinding(@PathParam("ref") String ref, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull FindingDto body, @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/inspections/" + ref + "/findings", body, () -> {
            FindingDto created = findings.create(ref, body);
            return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/findings").path(created.ref()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getInspectionHistory", summary = "Read an inspection's history",
            description = "Every change to the inspection: who, when, in which request, the values before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes, oldest first.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(InspectionService.INSPECTIONS, ref, paging.toRequest(), "inspection",
                () -> inspections.find(ref).isPresent()), uriInfo);
    }
}
