package uk.csit.tracker.inspection.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a recommendation stands: open, addressed (evidence given), closed (accepted as met). */
public enum RecommendationStatus {
    OPEN,
    ADDRESSED,
    CLOSED;

    /** The changes that make sense: forward, or reopening with a reason. A no-op is not a change. */
    public Set<RecommendationStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(ADDRESSED, CLOSED);
            case ADDRESSED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }
}
