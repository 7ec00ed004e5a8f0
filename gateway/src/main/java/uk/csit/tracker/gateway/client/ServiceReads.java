package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The reads the gateway makes of each service, by path. One interface per service extends it
 * with its configuration key; the caller's token and request id travel with every call.
 */
@Produces(MediaType.APPLICATION_JSON)
interface ServiceReads {

    @GET
    @Path("/api/v1/{summary}")
    JsonNode summary(@PathParam("summary") String summaryPath, @QueryParam("asOf") String asOf,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("/api/v1/{collection}")
    JsonNode list(@PathParam("collection") String collection, @QueryParam("recommendation") String recommendation,
            @QueryParam("priority") List<String> priority, @QueryParam("area") String area,
            @QueryParam("inspectionType") String inspectionType, @QueryParam("type") String type,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("size") Integer size,
            @QueryParam("page") Integer page, @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("/api/v1/changes")
    JsonNode changes(@QueryParam("after") String after, @QueryParam("limit") Integer limit,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("/api/v1/{collection}/{ref}")
    JsonNode one(@PathParam("collection") String collection, @PathParam("ref") String ref,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);
}
