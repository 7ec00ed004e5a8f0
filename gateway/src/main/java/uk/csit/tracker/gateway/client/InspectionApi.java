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
import uk.csit.tracker.gateway.client.InspectionDtos.Finding;
import uk.csit.tracker.gateway.client.InspectionDtos.InspectionSummary;
import uk.csit.tracker.gateway.client.InspectionDtos.TimelineEntry;
import uk.csit.tracker.kit.paging.Page;

/** What the gateway reads of inspection-service (its base URL: tracker.gateway.services.inspection). */
@RegisterRestClient(configKey = "inspection-service")
@RegisterProvider(ServiceAnswers.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface InspectionApi {

    @GET
    @Path("inspection-summary")
    InspectionSummary summary(@QueryParam("asOf") String asOf, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("findings/{ref}")
    Finding finding(@PathParam("ref") String ref, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("findings")
    Page<Finding> findings(@QueryParam("type") String type, @QueryParam("area") String area,
            @QueryParam("inspectionType") String inspectionType, @QueryParam("size") int size,
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
