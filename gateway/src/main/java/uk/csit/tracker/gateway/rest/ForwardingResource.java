package uk.csit.tracker.gateway.rest;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.csit.tracker.gateway.service.Forwarder;

/**
 * The services' own resources under the same /api/v1 paths, so that an integrator needs one base
 * URL. The gateway checks that the caller is authenticated; each service applies its own rules.
 */
@Path("/api/v1/{segment}")
@Authenticated
public class ForwardingResource {

    @Inject
    Forwarder forwarder;

    @GET
    @Path("{rest: .*}")
    @Operation(hidden = true)
    public Response get(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        return forward(segment, "GET", uri, headers, null);
    }

    @POST
    @Path("{rest: .*}")
    @Operation(hidden = true)
    public Response post(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return forward(segment, "POST", uri, headers, body);
    }

    @PUT
    @Path("{rest: .*}")
    @Operation(hidden = true)
    public Response put(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return forward(segment, "PUT", uri, headers, body);
    }

    @PATCH
    @Path("{rest: .*}")
    @Operation(hidden = true)
    public Response patch(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return forward(segment, "PATCH", uri, headers, body);
    }

    @DELETE
    @Path("{rest: .*}")
    @Operation(hidden = true)
    public Response delete(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward(segment, "DELETE", uri, headers, null);
    }

    private Response forward(String segment, String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        String service = forwarder.serviceFor(segment);
        Map<String, String> wanted = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                wanted.put(canonical(name), values.get(0));
            }
        });
        String pathAndQuery = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return forwarder.forward(service, method, pathAndQuery, wanted, body, uri.getBaseUri().toString());
    }

    private static String canonical(String name) {
        for (String known : Forwarder.requestHeaders()) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return name;
    }
}
