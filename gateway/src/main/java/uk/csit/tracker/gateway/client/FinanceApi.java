package uk.csit.tracker.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.csit.tracker.gateway.client.FeedDtos.FeedSlice;
import uk.csit.tracker.gateway.client.FinanceDtos.Allocation;
import uk.csit.tracker.gateway.client.FinanceDtos.FinanceSummary;
import uk.csit.tracker.kit.paging.Page;

/** What the gateway reads of finance-service (its base URL: tracker.gateway.services.finance). */
@RegisterRestClient(configKey = "finance-service")
@RegisterProvider(ServiceAnswers.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface FinanceApi {

    @GET
    @Path("finance-summary")
    FinanceSummary summary(@QueryParam("asOf") String asOf, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("allocations")
    Page<Allocation> allocations(@QueryParam("priority") List<String> priorities, @QueryParam("size") int size,
            @QueryParam("page") int page, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("changes")
    FeedSlice changes(@QueryParam("after") String after, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);
}
