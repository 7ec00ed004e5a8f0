package uk.csit.tracker.plan.service;

import uk.csit.tracker.kit.data.ReadCache;

/** An action as the JSON it is sent as, with its version (the ETag's). */
public record ActionJson(long version, byte[] body) implements ReadCache.Sized {

    @Override
    public int sizeInBytes() {
        return body.length;
    }
}
