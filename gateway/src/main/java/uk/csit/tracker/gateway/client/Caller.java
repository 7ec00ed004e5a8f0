package uk.csit.tracker.gateway.client;

/** Who is asking: passed on to the services so that they apply their own rules and log the same request id. */
public record Caller(String authorization, String requestId) {
}
