package uk.csit.tracker.finance.service;

/** What a write did: created the record, or found an identical one already there. */
public record Recorded<T>(T value, boolean created) {
}
