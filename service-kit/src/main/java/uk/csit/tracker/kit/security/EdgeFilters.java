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

/**
 * Per-client rate limiting on the API, a budget of failed authentications per address checked before
 * any token is, and the headers every API answer carries.
 */
public class EdgeFilters {

    @Inject
    RateLimiter limiter;

    @Inject
    AuthenticationFailures authenticationFailures;

    /** An address that has been answered 401 too often is refused before its token is checked. */
    @ServerRequestFilter(preMatching = true)
    public void limitFailedAuthentication(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        long waitNanos = authenticationFailures.waitNanos(address(http));
        if (waitNanos > 0) {
            throw tooMany(waitNanos, "Too many requests from this address without a valid token");
        }
    }

    @ServerRequestFilter
    public void limitRate(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        String client = principal != null ? "subject:" + principal.getName() : "address:" + address(http);
        long waitNanos = limiter.tryConsume(client);
        if (waitNanos > 0) {
            throw tooMany(waitNanos, "Too many requests from this client");
        }
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private static ProblemException tooMany(long waitNanos, String what) {
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, what + "; retry after " + seconds + " s.",
                List.of(), Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
    }

    @ServerResponseFilter
    public void countFailedAuthentication(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest http) {
        if (response.getStatus() == Response.Status.UNAUTHORIZED.getStatusCode()
                && request.getUriInfo().getPath().startsWith("/api/")) {
            authenticationFailures.failed(address(http));
        }
    }

    @ServerResponseFilter
    public void secureHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                && response.getStatus() != Response.Status.NOT_MODIFIED.getStatusCode()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
