package uk.csit.tracker.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.security.Capability;
import uk.csit.tracker.plan.rest.dto.PlanDtos.NeighbourModelResult;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PublishedImportResult;
import uk.csit.tracker.plan.rest.dto.PlanDtos.StatisticalNeighbours;
import uk.csit.tracker.plan.service.PublishedStatisticsImport;
import uk.csit.tracker.plan.service.StatisticalNeighbourModel;

/** Published statistics behind the KPIs: the DfE's files, and its statistical-neighbour model. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Measures of the improvement and their values over time.")
public class PublishedStatisticsResource {

    static final String EXAMPLE = """
            time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,\
            old_la_code,new_la_code,la_name,caseload_fte
            2025,Reporting year,National,E92000001,England,,,,,,16.6
            2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,311,E09000016,Havering,15
            """;

    @Inject
    PublishedStatisticsImport publishedStatistics;

    @Inject
    StatisticalNeighbourModel neighbourModel;

    @POST
    @Path("published-statistics")
    // Any type is let in so that the caller's token is checked first (401/403); an unreadable type is a 415 below.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "importPublishedStatistics", summary = "Import a published statistics file",
            description = "A file as the DfE publishes it on Explore Education Statistics (CSV, UTF-8, `Content-Type:"
                    + " text/csv`): the columns time_period, time_identifier, geographic_level, country_code and"
                    + " country_name, the geography's (region_code, region_name, old_la_code, new_la_code, la_name, in"
                    + " any order), filter columns and indicator columns. Every KPI whose published source names an"
                    + " indicator column of the file (and filter columns it has) takes that column's figures, on the"
                    + " rows whose filters hold the source's values, for England, every region and every local"
                    + " authority; the council's own row becomes the KPI's published value for the period, with"
                    + " England, its region, its statistical neighbours and its ranks beside it. A withheld figure"
                    + " (c, low, k, x, z, u) is kept as withheld, never as 0. A figure as held changes nothing (the same"
                    + " file twice changes nothing); a different figure for the same geography and period replaces it"
                    + " and the replaced one is kept, with its source. All or nothing: a malformed line is a 400 naming"
                    + " it, and nothing is written.")
    @RequestBody(content = @Content(mediaType = CsvFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            example = EXAMPLE))
    @APIResponse(responseCode = "200", description = "Imported: how many figures were added, revised and left as held.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublishedImportResult.class)))
    @APIResponse(responseCode = "400", description = "A line is malformed (the problem names it); nothing was written.")
    @APIResponse(responseCode = "415", description = "The body is not text/csv.")
    @APIResponse(responseCode = "422", description = "No KPI's published source is in the file.")
    public PublishedImportResult importFile(InputStream body, @Context HttpHeaders headers,
            @Parameter(description = "The day the publication was released (YYYY-MM-DD), cited with each figure.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("released") String released) {
        CsvFiles.requireCsv(headers.getMediaType(), "the published file");
        return publishedStatistics.importFile(body, QueryValues.date("released", released));
    }

    @POST
    @Path("statistical-neighbours")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Capability.WRITE_PLAN)
    @Operation(operationId = "importStatisticalNeighbours", summary = "Import the statistical-neighbour model",
            description = "The DfE's children's services statistical neighbour benchmarking tool's wide file (CSV,"
                    + " UTF-8, `Content-Type: text/csv`): old_la_code, la_name and SN_1 to SN_10 (each a neighbour's"
                    + " three-digit code), with SN_1P to SN_10P (how close it is) where given; other columns are"
                    + " ignored. It replaces the model whole, and every KPI's comparators are worked out again; the same"
                    + " file again changes nothing.")
    @RequestBody(content = @Content(mediaType = CsvFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The model held now.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NeighbourModelResult.class)))
    @APIResponse(responseCode = "400", description = "A line is malformed (the problem names it); nothing was written.")
    @APIResponse(responseCode = "415", description = "The body is not text/csv.")
    public NeighbourModelResult replaceNeighbours(byte[] body, @Context HttpHeaders headers) {
        CsvFiles.requireCsv(headers.getMediaType(), "the statistical-neighbour model");
        return neighbourModel.replace(new String(body, StandardCharsets.UTF_8));
    }

    @GET
    @Path("statistical-neighbours/{code}")
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getStatisticalNeighbours", summary = "A council's statistical neighbours",
            description = "By its old three-digit LA code (311) or its ONS code (E09000016), nearest first.")
    @APIResponse(responseCode = "200", description = "Found.",
            content = @Content(schema = @Schema(implementation = StatisticalNeighbours.class)))
    @APIResponse(responseCode = "404", description = "The model holds no such council.")
    public StatisticalNeighbours neighbours(@PathParam("code") String code) {
        return neighbourModel.of(code).orElseThrow(() -> ProblemException.notFound("council", code));
    }
}
