package uk.csit.tracker.plan.service;

import uk.csit.tracker.kit.data.ReadCache;
import uk.csit.tracker.kit.paging.Page;

/** A page of actions as the JSON it is sent as, with its frame (number, size, total, no items) for the Link header. */
public record ActionPageJson(Page<?> frame, byte[] body) implements ReadCache.Sized {

    @Override
    public int sizeInBytes() {
        return body.length;
    }
}
