package uk.csit.tracker.gateway.client;

/** A service answered with a server error (5xx): a failure its circuit breaker counts. */
public class ServiceFailed extends RuntimeException {

    public ServiceFailed(int status) {
        super("answered " + status, null, false, false);
    }
}
