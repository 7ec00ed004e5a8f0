package uk.csit.tracker.gateway.client;

/**
 * A service refused the request (a 4xx other than 404): the caller's business, given back to the caller as the
 * service said it, and never counted against the service.
 */
public class ServiceRefused extends RuntimeException {

    private final int status;
    private final String contentType;
    private final byte[] body;

    public ServiceRefused(int status, String contentType, byte[] body) {
        super("refused with " + status, null, false, false);
        this.status = status;
        this.contentType = contentType;
        this.body = body.clone();
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body.clone();
    }
}
