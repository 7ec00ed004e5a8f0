package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the three service clients share. Every read goes through the subclass's {@code guarded}
 * method, which carries the service's fault tolerance: a timeout, one retry (reads are idempotent),
 * the service's one circuit breaker, and a fallback that makes any failure an UNAVAILABLE
 * {@link Reply}. A 404 is an answer ("not there"), never retried and never counted by the breaker.
 */
public abstract class ServiceClient {

    /**
     * The most pages one "read everything" walks (200 items each); a list longer than this is refused
     * (its part of an aggregate is UNAVAILABLE). 2,000 items keep one aggregate's reads to a few
     * megabytes: at 10,000 the benchmark's traces at scale 10 ran the gateway out of its 128 MB heap.
     */
    static final int MAX_PAGES = 10;

    protected abstract ServiceReads api();

    public abstract String name();

    /** The path of this service's summary under /api/v1. */
    protected abstract String summaryPath();

    /** Performs one read under the service's fault tolerance; see the subclasses' annotations. */
    protected abstract Reply guarded(Read read, Caller caller);

    public Reply summary(Caller caller) {
        return summary(caller, null);
    }

    /** The service's summary as at the end of a day (asOf), or now when the day is null. */
    public Reply summary(Caller caller, LocalDate asOf) {
        return guarded(new Read(summaryPath(), null, null, null, asOf), caller);
    }

    /** One page of a collection. */
    public Reply list(String collection, Query query, Caller caller) {
        return guarded(new Read(collection, null, query), caller);
    }

    /**
     * Every item of a collection matching the query, page after page, as {@code {"items": [...]}}.
     * Unavailable when any page is; a collection with no such resource (404) is empty.
     */
    public Reply listAll(String collection, Query query, Caller caller) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int page = 0; page < MAX_PAGES; page++) {
            Reply reply = list(collection, query.onPage(page), caller);
            if (!reply.answered()) {
                return reply;
            }
            if (!reply.found()) {
                break;
            }
            JsonNode pageItems = reply.body().path("items");
            if (!pageItems.isArray()) {
                return Reply.unavailable("a page of " + collection + " has no items");
            }
            items.addAll((ArrayNode) pageItems);
            long total = reply.body().path("totalItems").asLong(-1);
            if (pageItems.isEmpty() || total < 0 || items.size() >= total) {
                ObjectNode all = JsonNodeFactory.instance.objectNode();
                all.set("items", items);
                return Reply.ok(all);
            }
        }
        if (items.isEmpty()) {
            ObjectNode none = JsonNodeFactory.instance.objectNode();
            none.set("items", items);
            return Reply.ok(none);
        }
        return Reply.unavailable(collection + " has more than " + MAX_PAGES * Query.PAGE_SIZE + " items");
    }

    public Reply one(String collection, String ref, Caller caller) {
        return guarded(new Read(collection, ref, null), caller);
    }

    /** One slice of the service's change feed after its own cursor. */
    public Reply changes(String after, int limit, Caller caller) {
        return guarded(new Read(CHANGES, null, null, new FeedSlice(after, limit), null), caller);
    }

    /** The unguarded read; only the subclass's guarded method calls it. */
    protected Reply perform(Read read, Caller caller) {
        try {
            return Reply.ok(call(read, caller));
        } catch (NotFound notFound) {
            return Reply.notFound();
        }
    }

    private JsonNode call(Read read, Caller caller) {
        if (read.feed() != null) {
            return checked(() -> api().changes(read.feed().after(), read.feed().limit(), caller.authorization(),
                    caller.requestId()));
        }
        if (read.ref() != null) {
            return checked(() -> api().one(read.path(), read.ref(), caller.authorization(), caller.requestId()));
        }
        if (read.query() != null) {
            Query q = read.query();
            return checked(() -> api().list(read.path(), q.recommendation(), q.priorities(), q.area(),
                    q.inspectionType(), q.type(), q.from(), q.to(), q.size(), q.page(), caller.authorization(),
                    caller.requestId()));
        }
        return checked(() -> api().summary(read.path(), read.asOf() == null ? null : read.asOf().toString(),
                caller.authorization(), caller.requestId()));
    }

    static final String CHANGES = "changes";

    /**
     * One read: a summary (path, and asOf for a past day's), a list (path and query), one record (path
     * and ref) or a slice of the change feed (feed).
     */
    public record Read(String path, String ref, Query query, FeedSlice feed, LocalDate asOf) {

        public Read(String path, String ref, Query query) {
            this(path, ref, query, null, null);
        }
    }

    /** Where a change-feed read starts (the service's own cursor) and how many changes it takes. */
    public record FeedSlice(String after, int limit) {
    }

    private JsonNode checked(Supplier<JsonNode> request) {
        try {
            JsonNode answer = request.get();
            if (answer == null || !answer.isObject()) {
                throw new MalformedAnswer("the answer is not a JSON object");
            }
            return answer;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFound();
            }
            throw e;
        }
    }

    /** The filters of a list read; null leaves one out. */
    public record Query(String recommendation, List<String> priorities, String area, String inspectionType, String type,
            String from, String to, Integer size, Integer page) {

        static final int PAGE_SIZE = 200;

        public static Query all() {
            return new Query(null, null, null, null, null, null, null, PAGE_SIZE, 0);
        }

        public Query recommendation(String ref) {
            return new Query(ref, priorities, area, inspectionType, type, from, to, size, page);
        }

        public Query priorities(List<String> refs) {
            return new Query(recommendation, refs, area, inspectionType, type, from, to, size, page);
        }

        public Query area(String value) {
            return new Query(recommendation, priorities, value, inspectionType, type, from, to, size, page);
        }

        public Query inspectionType(String value) {
            return new Query(recommendation, priorities, area, value, type, from, to, size, page);
        }

        public Query type(String value) {
            return new Query(recommendation, priorities, area, inspectionType, value, from, to, size, page);
        }

        public Query between(String fromDate, String toDate) {
            return new Query(recommendation, priorities, area, inspectionType, type, fromDate, toDate, size, page);
        }

        Query onPage(int number) {
            return new Query(recommendation, priorities, area, inspectionType, type, from, to, size, number);
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

    /** The service answered 2xx with something that is not the JSON object the contract promises. */
    public static class MalformedAnswer extends RuntimeException {
        MalformedAnswer(String message) {
            super(message, null, false, false);
        }
    }
}
