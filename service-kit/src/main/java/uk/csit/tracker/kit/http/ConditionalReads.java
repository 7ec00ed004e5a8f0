package uk.csit.tracker.kit.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET (RFC 9110 13.1.2) for every answer that carries an ETag: when the caller's
 * {@code If-None-Match} names the answer's tag (or is {@code *}), the answer is 304 with the tag and no body,
 * so a client that polls a record it holds is sent nothing new. Tags compare weakly here, as RFC 9110 says
 * for If-None-Match.
 */
public class ConditionalReads {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || tag == null) {
            return;
        }
        String current = tag instanceof EntityTag entityTag ? entityTag.toString() : tag.toString();
        if (matches(ifNoneMatch, current)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove("Link");
        }
    }

    /** Whether a list of tags (or "*") names the current one, weakly compared. */
    public static boolean matches(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(current);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(t -> t.equals("*") || opaque(t).equals(opaque));
    }

    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
