package uk.csit.tracker.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.service.StatusCache;
import uk.csit.tracker.gateway.service.StatusService;
import uk.csit.tracker.gateway.service.StatusView;
import uk.csit.tracker.kit.http.QueryValues;
import uk.csit.tracker.kit.request.RequestContextFilter;
import uk.csit.tracker.kit.security.Capability;

@Path("/api/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status", description = "The whole picture for the DfE adviser and council systems.")
public class StatusResource {

    static final String COMPLETE = """
            {"asAt":"2025-10-01T09:00:00.120Z","degraded":false,
             "sources":{"inspection":{"state":"OK","readAt":"2025-10-01T09:00:00.051Z"},
                        "plan":{"state":"OK","readAt":"2025-10-01T09:00:00.063Z"},
                        "finance":{"state":"OK","readAt":"2025-10-01T09:00:00.047Z"}},
             "localAuthority":{"name":"London Borough of Havering","onsCode":"E09000016"},
             "currentJudgements":[{"area":"OVERALL_EFFECTIVENESS","grade":"INADEQUATE","inspectionRef":"ILACS-2023",
               "inspectionType":"ILACS_STANDARD","inspectionEndDate":"2023-12-22","publishedDate":"2024-02-01"}],
             "openIntervention":{"ref":"DFE-IN-2024","type":"IMPROVEMENT_NOTICE","status":"OPEN","issuedDate":"2024-03-01",
               "oversight":[{"role":"DFE_IMPROVEMENT_ADVISER","name":null,"fromDate":"2024-03-01","toDate":null}],
               "lastReview":null,"nextReviewDue":"2025-11-15"},
             "monitoringVisits":{"last":{"ref":"MV-2025-09","startDate":"2025-09-16","endDate":"2025-09-17",
               "progressVerdict":"good progress","focusAreas":["children in need"]},"next":null,"count":3},
             "recommendations":[{"ref":"ILACS-2023-R1","inspectionRef":"ILACS-2023","text":"Improve the quality of...",
               "textPending":false,"area":"HELP_AND_PROTECTION","status":"OPEN","statusDate":"2024-02-01",
               "plan":{"recommendationRef":"ILACS-2023-R1","priorityRefs":["P1"],"totalActions":3,
                 "byRag":{"RED":0,"AMBER":1,"GREEN":2,"COMPLETE":0,"NOT_ASSESSED":0},"overdue":0,"rag":"AMBER"}}],
             "recommendationsTotal":1,"recommendationsByStatus":{"OPEN":1,"ADDRESSED":0,"CLOSED":0},
             "plan":{"plan":{"ref":"CSIP-2024","title":"Children's services improvement plan","status":"APPROVED",
               "approvedDate":"2024-05-01"},"totalActions":15,
               "byStatus":{"NOT_STARTED":2,"IN_PROGRESS":10,"COMPLETE":3,"DEFERRED":0,"BLOCKED":0},
               "byRag":{"RED":1,"AMBER":4,"GREEN":7,"COMPLETE":3,"NOT_ASSESSED":0},"overdue":1,
               "priorities":[{"ref":"P1","title":"Help and protection","recommendationRefs":["ILACS-2023-R1"],
                 "totalActions":15,"byRag":{"RED":1,"AMBER":4,"GREEN":7,"COMPLETE":3,"NOT_ASSESSED":0},"overdue":1,
                 "rag":"RED"}],"prioritiesTotal":1},
             "kpiHeadlines":[{"code":"SW_CASELOAD","name":"Average social worker caseload","unit":"children",
               "polarity":"LOWER_IS_BETTER","latestPeriod":"2025-08","latestValue":17.5,"target":16,"rag":"AMBER"}],
             "finance":{"currentFinancialYear":{"label":"2025-26","startDate":"2025-04-01","endDate":"2026-03-31"},
               "years":[{"financialYear":{"label":"2024-25","startDate":"2024-04-01","endDate":"2025-03-31"},
                 "allocatedGbp":16000000.00,"spentGbp":15200000.00,"forecastOutturnGbp":15900000.00,
                 "varianceGbp":100000.00,"percentSpent":95.0,"percentOfYearElapsed":100.0,"allocationCount":2}]}}""";

    static final String DEGRADED = """
            {"asAt":"2025-10-01T09:00:01.800Z","degraded":true,
             "sources":{"inspection":{"state":"OK","readAt":"2025-10-01T09:00:00.051Z"},
                        "plan":{"state":"UNAVAILABLE","readAt":null},
                        "finance":{"state":"OK","readAt":"2025-10-01T09:00:00.047Z"}},
             "localAuthority":{"name":"London Borough of Havering","onsCode":"E09000016"},
             "currentJudgements":[{"area":"OVERALL_EFFECTIVENESS","grade":"INADEQUATE","inspectionRef":"ILACS-2023",
               "inspectionType":"ILACS_STANDARD","inspectionEndDate":"2023-12-22","publishedDate":"2024-02-01"}],
             "openIntervention":{"ref":"DFE-IN-2024","type":"IMPROVEMENT_NOTICE","status":"OPEN","issuedDate":"2024-03-01",
               "oversight":[],"lastReview":null,"nextReviewDue":"2025-11-15"},
             "monitoringVisits":{"last":{"ref":"MV-2025-09","startDate":"2025-09-16","endDate":"2025-09-17",
               "progressVerdict":"good progress","focusAreas":[]},"next":null,"count":3},
             "recommendations":[{"ref":"ILACS-2023-R1","inspectionRef":"ILACS-2023","text":"Improve the quality of...",
               "textPending":false,"area":"HELP_AND_PROTECTION","status":"OPEN","statusDate":"2024-02-01","plan":null}],
             "recommendationsTotal":1,"recommendationsByStatus":{"OPEN":1,"ADDRESSED":0,"CLOSED":0},
             "plan":null,"kpiHeadlines":null,
             "finance":{"currentFinancialYear":{"label":"2025-26","startDate":"2025-04-01","endDate":"2026-03-31"},
               "years":[]}}""";

    @Inject
    StatusService status;

    @Inject
    ContentTags tags;

    @Inject
    StatusCache cache;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Capability.READ)
    @Operation(operationId = "getStatus", summary = "The whole improvement picture in one call",
            description = "The local authority, the latest graded judgement per area, the open intervention with its"
                    + " adviser and next DfE review, the last and next monitoring visit, each recommendation with its"
                    + " status and the plan's RAG roll-up, plan counts, KPI headlines and the money for every recorded"
                    + " financial year. One call per service, made in parallel; the answer comes within 2 seconds"
                    + " whatever the services do. A service that is down, slow or answers nonsense does not fail the"
                    + " call: its sections are null, its source is UNAVAILABLE (readAt null) and degraded is true (see"
                    + " the 'degraded' example). Send If-None-Match with the ETag to get 304 when nothing changed. The"
                    + " current picture is assembled at most once a second (tracker.gateway.status-cache-ttl) for all"
                    + " callers: the first caller after that is given the one before, like everyone while it is"
                    + " reassembled in the background, so that nobody waits for the services while it is at most the"
                    + " ttl plus the 1.8 s deadline (about 3 s) behind them, which it never is more than.")
    @Parameter(name = "asOf", description = "A past day (YYYY-MM-DD), or today: the picture as it stood at the end of that"
            + " day (UK time), each service's part rebuilt from its history and dated records (see each service's"
            + " summary). None for now.", example = "2025-03-26",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date"))
    @Parameter(name = "If-None-Match", description = "The ETag of a status already held; 304 when it is still current.",
            example = "\"3f2a9c0e5b7d41a2c8e6f0b1d2a3c4e5\"")
    @APIResponse(responseCode = "200", description = "The picture; ETag validates its content (read times aside).",
            headers = @Header(name = "ETag", description = "Validator of the content.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusView.class),
                    examples = {
                            @ExampleObject(name = "complete", summary = "Every service answered", value = COMPLETE),
                            @ExampleObject(name = "degraded", summary = "The plan service did not answer in time",
                                    value = DEGRADED)}))
    @APIResponse(responseCode = "304", description = "Nothing changed since the ETag sent in If-None-Match.")
    public Response status(@QueryParam("asOf") String asOf, @HeaderParam("Authorization") String authorization,
            @HeaderParam(RequestContextFilter.HEADER) String requestId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Caller caller = new Caller(authorization, requestId);
        LocalDate day = QueryValues.pastDay("asOf", asOf, clock);
        if (day == null) {
            return tags.conditional((ContentTags.Prepared) cache.current(caller, tags::prepare).prepared(), ifNoneMatch);
        }
        return tags.conditional(status.status(caller, day), ifNoneMatch, null);
    }
}
