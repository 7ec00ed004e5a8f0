package uk.csit.tracker.kit.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Location} and {@code Link} as references relative to the host the caller reached ({@code /api/v1/...}).
 * JAX-RS makes them absolute from the request's {@code Host} header, which the caller chooses: {@code Host:
 * evil.example} would have sent the caller's next page to another site, and behind the gateway a service's own
 * host would be handed to the outside world. RFC 9110 and RFC 8288 let both headers be relative.
 */
public class RelativeLinks {

    /** The scheme and authority of an absolute URI at the start of a Link's target. */
    private static final Pattern ORIGIN_IN_LINK = Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]*://[^/>]*");

    @ServerResponseFilter
    public void relative(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, withoutOrigin(location.toString()));
        }
        List<Object> links = response.getHeaders().get(HttpHeaders.LINK);
        if (links != null && !links.isEmpty()) {
            List<Object> relative = links.stream()
                    .map(link -> (Object) ORIGIN_IN_LINK.matcher(link.toString()).replaceAll("<")).toList();
            response.getHeaders().put(HttpHeaders.LINK, relative);
        }
    }

    static String withoutOrigin(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!parsed.isAbsolute()) {
                return uri;
            }
            String path = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
            return parsed.getRawQuery() == null ? path : path + "?" + parsed.getRawQuery();
        } catch (IllegalArgumentException notAUri) {
            return uri;
        }
    }
}
