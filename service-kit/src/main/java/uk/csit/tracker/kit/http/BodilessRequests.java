package uk.csit.tracker.kit.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A Content-Type describes a body; a read, a delete or any such request without a body has none, so
 * its Content-Type is ignored rather than held against the operation's media type (some clients,
 * load testers and proxies send one on every request, and were refused with 415).
 */
public class BodilessRequests {

    private static final Set<String> WITHOUT_BODY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    @ServerRequestFilter(preMatching = true)
    public void ignoreTheContentTypeOfNoBody(ContainerRequestContext request) {
        if (WITHOUT_BODY.contains(request.getMethod()) && request.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)
                && !sendsABody(request)) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    private static boolean sendsABody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.isBlank() && !length.trim().equals("0"));
    }
}
