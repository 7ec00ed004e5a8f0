package uk.csit.tracker.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.service.BoardPack;
import uk.csit.tracker.gateway.service.BoardPackService;
import uk.csit.tracker.gateway.web.BoardPackPage;
import uk.csit.tracker.gateway.web.PdfDocuments;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/board-pack")
@Tag(name = "Board pack", description = "The improvement board's monthly pack, made from the records the API gives.")
public class BoardPackResource {

    static final String PDF = "application/pdf";
    /** The HTML pack runs nothing and loads nothing: its styles and charts are written in. */
    public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(PDF), MediaType.TEXT_HTML_TYPE)
            .build();

    @Inject
    BoardPackService packs;

    @Inject
    PdfDocuments documents;

    @Inject
    Clock clock;

    @GET
    @Produces({PDF, MediaType.TEXT_HTML})
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getBoardPack", summary = "The board pack as at a day",
            description = "The monthly pack for the improvement board and the DfE adviser, as at the end of a day and"
                    + " compared with an earlier one: a cover, the overview (current judgements, the open intervention"
                    + " and its next DfE review, monitoring visits, the plan's RAG as a chart with its table, each"
                    + " priority's roll-up and the recommendations it answers), what changed since (actions by RAG and"
                    + " status then and now, priorities that went red or recovered, new recommendations and status"
                    + " changes, money then and now), the exceptions (red and overdue actions with their latest"
                    + " progress: in a pack of today), the KPIs against target, the money by financial year as a chart"
                    + " and a table, and what is coming up in the next three months. Its figures are those of"
                    + " /api/v1/status?asOf= for the two days. A service that does not answer leaves its parts out and"
                    + " the pack says so on its cover. PDF (A4) unless text/html is asked for first.")
    @Parameter(name = "asOf", description = "The day the pack is as at (YYYY-MM-DD), today or before; today when absent.",
            example = "2025-10-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "since", description = "The day to compare with (YYYY-MM-DD), before asOf. When absent: the last"
            + " board meeting before asOf in the last year, else the last DfE review, else a month before.",
            example = "2025-09-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "429", description = "Two PDF packs are being made already: try again after Retry-After"
            + " seconds.")
    @APIResponse(responseCode = "200", description = "The pack.",
            headers = @Header(name = "Content-Disposition", description = "The pack's file name, to open in place.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response pack(@QueryParam("asOf") String asOf, @QueryParam("since") String since, @Context Request request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId) {
        LocalDate day = QueryValues.pastDay("asOf", asOf, clock);
        LocalDate from = QueryValues.pastDay("since", since, clock);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            return Response.notAcceptable(VARIANTS).build();
        }
        BoardPack pack = packs.pack(new Caller(authorization, requestId), day, from);
        String html = BoardPackPage.html(pack);
        if (variant.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(html.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML + ";charset=UTF-8")
                    .header("Content-Security-Policy", POLICY).build();
        }
        String name = "board-pack-" + pack.asOf() + ".pdf";
        return Response.ok(documents.pdf(html, name), PDF)
                .header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
