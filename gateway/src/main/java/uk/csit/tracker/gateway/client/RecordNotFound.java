package uk.csit.tracker.gateway.client;

/** A service answered 404: what was asked for is not there. An answer, not a failure of the service. */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound() {
        super(null, null, false, false);
    }
}
