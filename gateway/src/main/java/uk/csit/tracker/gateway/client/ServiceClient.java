package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the three service clients share: a 404 is an empty answer, not a failure (so a missing
 * record never trips a breaker), and anything else that goes wrong is a {@link ServiceUnavailable}.
 */
public abstract class ServiceClient {

    protected abstract ServiceReads api();

    public abstract String name();

    /** The path of this service's summary under /api/v1. */
    protected abstract String summaryPath();

    /**
     * Every read of the service goes through here, so that the subclass's fault tolerance (timeout,
     * retry, and the service's one circuit breaker) guards them all.
     */
    protected abstract JsonNode guarded(Read read, Caller caller);

    public JsonNode summary(Caller caller) {
        return guarded(new Read(summaryPath(), null, null), caller);
    }

    public JsonNode list(String collection, Query query, Caller caller) {
        return guarded(new Read(collection, null, query), caller);
    }

    public Optional<JsonNode> one(String collection, String ref, Caller caller) {
        try {
            return Optional.of(guarded(new Read(collection, ref, null), caller));
        } catch (NotFound notFound) {
            return Optional.empty();
        }
    }

    protected JsonNode perform(Read read, Caller caller) {
        if (read.ref() != null) {
            return call(() -> api().one(read.path(), read.ref(), caller.authorization(), caller.requestId()));
        }
        if (read.query() != null) {
            Query q = read.query();
            return call(() -> api().list(read.path(), q.recommendation(), q.priorities(), q.area(), q.inspectionType(),
                    q.size(), q.page(), caller.authorization(), caller.requestId()));
        }
        return call(() -> api().summary(read.path(), caller.authorization(), caller.requestId()));
    }

    /** One read: a summary (path only), a list (path and query) or one record (path and ref). */
    public record Read(String path, String ref, Query query) {
    }

    private JsonNode call(Supplier<JsonNode> request) {
        try {
            JsonNode answer = request.get();
            if (answer == null || !answer.isObject()) {
                throw new ServiceUnavailable(name(), new IllegalStateException("answer is not a JSON object"));
            }
            return answer;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFound();
            }
            throw new ServiceUnavailable(name(), e);
        } catch (ServiceUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable(name(), e);
        }
    }

    /** The filters of a list read; null leaves one out. */
    public record Query(String recommendation, List<String> priorities, String area, String inspectionType, Integer size,
            Integer page) {

        public static Query page(int page) {
            return new Query(null, null, null, null, 200, page);
        }
    }

    /** Who is asking: passed on to the services so that they apply their own rules. */
    public record Caller(String authorization, String requestId) {
    }

    /** A 404 from the service: the thing is not there. Not a failure of the service. */
    public static class NotFound extends RuntimeException {
        NotFound() {
            super(null, null, false, false);
        }
    }
}
