package uk.csit.tracker.kit.request;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking and which request this is: read by the audit history so that every write records
 * its actor and request id. Filled by {@link RequestContextFilter}.
 */
@RequestScoped
public class RequestContext {

    private String requestId;
    private String actor;

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
