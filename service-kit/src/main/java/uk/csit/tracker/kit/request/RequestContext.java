package uk.csit.tracker.kit.request;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking and which request this is: read by the audit history so that every write records
 * its actor and request id. Filled by {@link RequestContextFilter}.
 */
@RequestScoped
public class RequestContext {

    private String requestId;
    private String actor;

    /**
     * The id of the request being served, or null outside one: for code that is no bean (a file
     * reader, say) to tie what it logs to the answer the caller sees.
     */
    public static String currentRequestId() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        return container.instance(RequestContext.class).get().requestId();
    }

    public String requestId() {
        return requestId;
    }

    /** The authenticated subject, or null when the request carried no identity. */
    public String actor() {
        return actor;
    }

    void set(String requestId, String actor) {
        this.requestId = requestId;
        this.actor = actor;
    }
}
