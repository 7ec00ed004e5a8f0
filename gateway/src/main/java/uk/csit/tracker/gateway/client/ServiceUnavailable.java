package uk.csit.tracker.gateway.client;

/** A service did not answer usefully: down, slow, broken, or its breaker is open. */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String service, Throwable cause) {
        super(service + " is unavailable", cause);
    }
}
