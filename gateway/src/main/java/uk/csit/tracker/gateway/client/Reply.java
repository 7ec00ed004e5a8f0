package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one read of a service gave: its JSON answer, or that the thing asked for is not there (a 404,
 * which is an answer, not a failure), or that the service could not be read (down, slow, broken,
 * nonsense, or its breaker open) and why.
 */
public record Reply(JsonNode body, boolean found, String failure) {

    public static Reply ok(JsonNode body) {
        return new Reply(body, true, null);
    }

    public static Reply notFound() {
        return new Reply(null, false, null);
    }

    public static Reply unavailable(String why) {
        return new Reply(null, false, why);
    }

    /** The service answered (found or not). */
    public boolean answered() {
        return failure == null;
    }
}
