package uk.csit.tracker.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one service gave an aggregate: its data and when it was read, or that it was unavailable. */
record Outcome(JsonNode data, SourceState state) {

    static Outcome ok(JsonNode data, Instant readAt) {
        Instant asAt = data.hasNonNull("asAt") ? Instant.parse(data.get("asAt").asText()) : readAt;
        return new Outcome(data, new SourceState(SourceState.OK, asAt));
    }

    static Outcome unavailable() {
        return new Outcome(null, new SourceState(SourceState.UNAVAILABLE, null));
    }

    boolean ok() {
        return data != null;
    }

    /** A source's state in an aggregate answer. */
    @Schema(name = "SourceState")
    public record SourceState(
            @Schema(description = "OK, or UNAVAILABLE when the service was down, slow or answered nonsense.",
                    enumeration = {"OK", "UNAVAILABLE"}) String state,
            @Schema(description = "When the service read its data; null when unavailable.", nullable = true) Instant readAt) {

        static final String OK = "OK";
        static final String UNAVAILABLE = "UNAVAILABLE";
    }
}
