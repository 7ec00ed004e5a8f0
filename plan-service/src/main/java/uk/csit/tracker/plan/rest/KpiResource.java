package uk.csit.tracker.plan.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.data.IdempotentRequests;
import uk.csit.tracker.kit.data.changes.ChangeHistory;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;
import uk.csit.tracker.plan.domain.*;
import uk.csit.tracker.plan.rest.dto.PlanDtos.*;
import uk.csit.tracker.plan.service.*;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Measures of the improvement and their values over time.")
public class KpiResource {
    @Inject
    KpiService kpis;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    ChangeHistory history;


    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listKpis", summary = "List KPIs", description = "Each with its latest value and RAG against target.")
    @APIResponse(responseCode = "200", description = "A page of KPIs.",
            content = @Content(schema = @Schema(implementation = KpiPage.class)))
    public Response list(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(kpis.list(paging.toRequest()), uriInfo);
    }

    @POST
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createKpi", summary = "Define a KPI", description = "Code, unit, polarity, frequency, source and target. An Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    @APIResponse(responseCode = "409", description = "The ref is taken, or the change is not allowed.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull KpiRequest body,
            @Context UriInfo uriInfo) {
        return idempotentRequests.execute(key, "POST /api/v1/kpis", body, () -> {
            KpiResponse created = kpis.create(body);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build())
                    .tag(Preconditions.etag(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("{ref}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getKpi", summary = "Read a KPI", description = "ETag carries its version.")
    @APIResponse(responseCode = "200", description = "Found.", content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    @APIResponse(responseCode = "404", description = "Nothing has this ref.")
    public Response get(@PathParam("ref") String ref) {
        KpiResponse found = kpis.find(ref).orElseThrow(() -> ProblemException.notFound("KPI", ref));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @POST
    @Path("{ref}/values")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createKpiValue", summary = "Record a KPI value", description = "The council's own figure"
            + " (LOCAL), one per period; with numerator, denominator, target and comparators where known. Published"
            + " figures come by import (POST /api/v1/published-statistics), not here.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = KpiValueResponse.class)))
    @APIResponse(responseCode = "404", description = "No KPI has this code.")
    @APIResponse(responseCode = "409", description = "The period already has a value of the council's own.")
    public Response addValue(@PathParam("ref") String code, @Valid @NotNull KpiValueRequest body, @Context UriInfo uriInfo) {
        KpiValueResponse created = kpis.addValue(code, body);
        return Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(created).build();
    }

    @GET
    @Path("{ref}/values")
    @Produces({MediaType.APPLICATION_JSON, CsvFiles.MEDIA_TYPE})
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "listKpiValues", summary = "A KPI's series", description = "Values by period, each with its RAG against target; from and"
            + " to bound the periods. With `Accept: text/csv` the same series as RFC 4180 CSV with the columns "
            + "KPI code, Period start, Period end, Period label, Value, Numerator, Denominator, Target, England, London,"
            + " Statistical neighbours, RAG, Source, Basis, Withheld. A period can have the council's own value (LOCAL)"
            + " and a published one; a published value carries its comparators (England, region, neighbours, ranks).")
    @APIResponse(responseCode = "200", description = "The series.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiValueSeries.class)),
            @Content(mediaType = CsvFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No KPI has this code.")
    public Response values(@PathParam("ref") String code,
            @Parameter(description = "Periods starting on or after this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Periods starting on or before this date (YYYY-MM-DD).", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        LocalDate fromDate = QueryValues.date("from", from);
        LocalDate toDate = QueryValues.date("to", to);
        QueryValues.range("from", fromDate, "to", toDate);
        List<KpiValueResponse> values = kpis.values(code, fromDate, toDate);
        if (CsvFiles.wanted(headers)) {
            return CsvFiles.attachment(KpiValueSheet.csv(values), "kpi-" + code);
        }
        return Response.ok(new KpiValueSeries(values)).build();
    }

    @GET
    @Path("{ref}/published-source")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getKpiPublishedSource", summary = "Read a KPI's published source", description = "Which"
            + " column of a published statistics file is this KPI. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "Found.",
            content = @Content(schema = @Schema(implementation = PublishedSourceDto.class)))
    @APIResponse(responseCode = "404", description = "No KPI has this code, or it has no published source.")
    public Response publishedSource(@PathParam("ref") String code) {
        PublishedSourceDto found = kpis.publishedSource(code)
                .orElseThrow(() -> ProblemException.notFound("published source of KPI", code));
        return Response.ok(found).tag(Preconditions.etag(found.version())).build();
    }

    @POST
    @Path("{ref}/published-source")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "createKpiPublishedSource", summary = "Set a KPI's published source", description = "Which"
            + " indicator column of a published file (the DfE's tidy format), on the rows whose filter columns hold"
            + " which values, is this KPI; an import of a file holding that column then takes its figures.")
    @APIResponse(responseCode = "201", description = "Set; Location names it.",
            content = @Content(schema = @Schema(implementation = PublishedSourceDto.class)))
    @APIResponse(responseCode = "404", description = "No KPI has this code.")
    @APIResponse(responseCode = "409", description = "The KPI has a published source: replace it with PUT.")
    public Response createPublishedSource(@PathParam("ref") String code, @Valid @NotNull PublishedSourceDto body,
            @Context UriInfo uriInfo) {
        PublishedSourceDto created = kpis.createPublishedSource(code, body);
        return Response.created(uriInfo.getAbsolutePath()).entity(created).tag(Preconditions.etag(created.version()))
                .build();
    }

    @PUT
    @Path("{ref}/published-source")
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "updateKpiPublishedSource", summary = "Replace a KPI's published source", description =
            "Send If-Match with the ETag you read. Figures imported before stay; the next import takes the new column.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned.",
            content = @Content(schema = @Schema(implementation = PublishedSourceDto.class)))
    @APIResponse(responseCode = "404", description = "No KPI has this code, or it has no published source.")
    @APIResponse(responseCode = "412", description = "It changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replacePublishedSource(@PathParam("ref") String code, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PublishedSourceDto body) {
        PublishedSourceDto replaced = kpis.replacePublishedSource(code, ifMatch, body);
        return Response.ok(replaced).tag(Preconditions.etag(replaced.version())).build();
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed(Capability.READ_HISTORY)
    @Operation(operationId = "getKpiHistory", summary = "Read a KPI's history", description = "Every change, oldest first: who, when, in which request, before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes.",
            content = @Content(schema = @Schema(implementation = ChangeEntryPage.class)))
    public Response history(@PathParam("ref") String ref, @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PageResponses.ok(history.of(KpiService.KPIS, ref, paging.toRequest(), "KPI", () -> kpis.find(ref).isPresent()), uriInfo);
    }
}
