package uk.csit.tracker.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.service.TimelineService;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.paging.PageResponses;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Everything that happened and is due, from every service, in date order.")
public class TimelineResource {

    static final String DEGRADED = """
            {"asAt":"2025-10-01T09:00:01.800Z","degraded":true,
             "sources":{"inspection":{"state":"OK","readAt":"2025-10-01T09:00:00.051Z"},
                        "plan":{"state":"UNAVAILABLE","readAt":null}},
             "items":[{"date":"2023-12-11","endDate":"2023-12-22","datePrecision":"DAY","type":"INSPECTION",
                 "ref":"ILACS-2023","title":"ILACS standard inspection","summary":"Overall effectiveness: inadequate",
                 "source":"inspection"},
               {"date":"2025-09-16","endDate":"2025-09-17","datePrecision":"DAY","type":"MONITORING_VISIT",
                 "ref":"MV-2025-09","title":"Monitoring visit","summary":"good progress","source":"inspection"}],
             "page":0,"size":50,"totalItems":2}""";

    @Inject
    TimelineService timeline;

    @Inject
    ContentTags tags;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getTimeline", summary = "The merged timeline",
            description = "Inspections, monitoring and focused visits, interventions and DfE reviews (inspection"
                    + " service), board meetings and plan milestones (plan service), merged in date order (then by"
                    + " source, type and ref), optionally between two dates inclusive, and paged. Both services are read"
                    + " in parallel; one that does not answer leaves its entries out, its source UNAVAILABLE and"
                    + " degraded true. ETag and If-None-Match as for the status.")
    @Parameter(name = "from", description = "The first day to include (YYYY-MM-DD).", example = "2023-12-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", description = "The last day to include (YYYY-MM-DD), not before from.", example = "2025-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "200", description = "A page of the merged timeline; Link header with first/prev/next/last.",
            headers = @Header(name = "ETag", description = "A validator of the content.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TimelineService.Timeline.class),
                    examples = @ExampleObject(name = "degraded", summary = "The plan service did not answer",
                            value = DEGRADED)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag sent in If-None-Match.")
    public Response timeline(@QueryParam("from") String from, @QueryParam("to") String to, @BeanParam PageParams paging,
            @Context UriInfo uri, @HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        PageRequest request;
        try {
            request = paging.toRequest();
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            request = null;
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        TimelineService.Timeline answer = timeline.timeline(fromDate, toDate, request,
                new Caller(authorization, requestId));
        Page<TimelineService.Entry> page = new Page<>(answer.items(), answer.page(), answer.size(), answer.totalItems());
        return tags.conditional(answer, ifNoneMatch, Response.ok().header("Link", PageResponses.linkHeader(page, uri)));
    }

    private static LocalDate date(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date YYYY-MM-DD"));
            return null;
        }
    }
}
