package uk.csit.tracker.kit.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/** Per-client rate limiting on the API, and the headers every API answer carries. */
public class EdgeFilters {

    @Inject
    RateLimiter limiter;

    @ServerRequestFilter
    public void limitRate(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        String client = principal != null ? "subject:" + principal.getName()
                : "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        long waitNanos = limiter.tryConsume(client);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Too many requests from this client; retry after " + seconds + " s.", List.of(),
                    Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        }
    }

    @ServerResponseFilter
    public void secureHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                && response.getStatus() != Response.Status.NOT_MODIFIED.getStatusCode()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
