package uk.csit.tracker.kit.request;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.security.Principal;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id ({@code X-Request-Id}: the caller's, when it is a sane token, else a
 * new UUID), echoes it on the response, and records who is asking. The gateway passes the id on,
 * so one id follows a request through every service's logs and history.
 */
public class RequestContextFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    RequestContext context;

    @ServerRequestFilter(preMatching = true)
    public void identify(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        request.getHeaders().putSingle(HEADER, id);
        context.set(id, null);
    }

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        context.set(context.requestId(), principal == null || principal.getName() == null
                || principal.getName().isBlank() ? null : principal.getName());
    }

    /**
     * A random (version 4) UUID from a thread's own generator. A request id must be unique, not
     * unguessable, and {@link UUID#randomUUID()} takes every id from one locked SecureRandom: under load
     * about 1.5% of a cached read's CPU.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        String id = request.getHeaderString(HEADER);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
