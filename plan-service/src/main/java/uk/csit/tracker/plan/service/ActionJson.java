package uk.csit.tracker.plan.service;

/** An action as the JSON it is sent as, with its version (the ETag's). */
public record ActionJson(long version, byte[] body) {
}
