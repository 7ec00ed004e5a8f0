package uk.csit.tracker.gateway.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one service gave an aggregate: its data and when it was read, or that it was unavailable. */
record Outcome<T>(T data, SourceState state) {

    static <T> Outcome<T> ok(T data, Instant readAt) {
        return new Outcome<>(data, new SourceState(SourceState.OK, readAt));
    }

    static <T> Outcome<T> unavailable() {
        return new Outcome<>(null, new SourceState(SourceState.UNAVAILABLE, null));
    }

    boolean ok() {
        return data != null;
    }

    /** The same data, read at the time the service says it read it (a summary's asAt) when it says so. */
    Outcome<T> readAt(Instant asAt) {
        return ok() && asAt != null ? ok(data, asAt) : this;
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
