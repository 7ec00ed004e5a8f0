package uk.csit.tracker.kit.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer that carries a record's {@code version} carries it as its ETag too, whichever resource wrote it, so
 * that what the contract says of such answers (kit openapi HttpHeadersFilter: an ETag, and 304 for a current
 * If-None-Match) holds for all of them. A resource that sets its own ETag keeps it.
 */
public class VersionTags {

    private static final ConcurrentMap<Class<?>, Optional<Method>> VERSIONS = new ConcurrentHashMap<>();

    // Response filters run from the highest priority down: this one before ConditionalReads (Priorities.USER).
    @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if ((status != 200 && status != 201) || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object entity = response.getEntity();
        if (entity == null || !entity.getClass().isRecord()) {
            return;
        }
        VERSIONS.computeIfAbsent(entity.getClass(), VersionTags::versionAccessor).ifPresent(version -> {
            try {
                Object value = version.invoke(entity);
                if (value != null) {
                    response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(((Number) value).longValue()));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The version of " + entity.getClass().getSimpleName() + " cannot be read", e);
            }
        });
    }

    private static Optional<Method> versionAccessor(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> kind = component.getType();
            if (component.getName().equals("version") && (kind == long.class || kind == Long.class)) {
                return Optional.of(component.getAccessor());
            }
        }
        return Optional.empty();
    }
}
