package uk.csit.tracker.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.csit.tracker.gateway.client.FeedDtos.FeedSlice;
import uk.csit.tracker.gateway.client.PlanDtos.Action;
import uk.csit.tracker.gateway.client.PlanDtos.KpiSeries;
import uk.csit.tracker.gateway.client.PlanDtos.PlanSummary;
import uk.csit.tracker.gateway.client.PlanDtos.ProgressUpdate;
import uk.csit.tracker.gateway.client.PlanDtos.Priority;
import uk.csit.tracker.gateway.client.PlanDtos.TimelineEntry;
import uk.csit.tracker.kit.paging.Page;

/** What the gateway reads of plan-service (its base URL: tracker.gateway.services.plan). */
@RegisterRestClient(configKey = "plan-service")
@RegisterProvider(ServiceAnswers.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface PlanApi {

    @GET
    @Path("plan-summary")
    PlanSummary summary(@QueryParam("asOf") String asOf, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("priorities")
    Page<Priority> priorities(@QueryParam("recommendation") String recommendation, @QueryParam("asOf") String asOf,
            @QueryParam("size") int size,
            @QueryParam("page") int page, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("actions")
    Page<Action> actions(@QueryParam("recommendation") String recommendation, @QueryParam("asOf") String asOf,
            @QueryParam("size") int size,
            @QueryParam("page") int page, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("actions")
    Page<Action> actionsWhere(@QueryParam("rag") String rag, @QueryParam("overdue") String overdue,
            @QueryParam("sort") String sort, @QueryParam("size") int size, @QueryParam("page") int page,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("kpis/{code}/values")
    KpiSeries kpiValues(@PathParam("code") String code, @QueryParam("to") String to,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("priorities/{ref}")
    Priority priority(@PathParam("ref") String ref, @QueryParam("asOf") String asOf,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("actions")
    Page<Action> actionsOfPriority(@QueryParam("priority") String priority, @QueryParam("asOf") String asOf,
            @QueryParam("sort") String sort,
            @QueryParam("size") int size, @QueryParam("page") int page,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("actions/{ref}")
    Action action(@PathParam("ref") String ref, @QueryParam("asOf") String asOf,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("actions/{ref}/progress-updates")
    Page<ProgressUpdate> progressUpdates(@PathParam("ref") String ref, @QueryParam("asOf") String asOf,
            @QueryParam("size") int size,
            @QueryParam("page") int page, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("timeline")
    Page<TimelineEntry> timeline(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("size") int size, @QueryParam("page") int page,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("changes")
    FeedSlice changes(@QueryParam("after") String after, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);
}
