package uk.csit.tracker.kit.data.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slice of the change feed, in the order the changes were committed. */
@Schema(name = "ChangeFeedPage")
public record ChangeFeedPage(
        @Schema(description = "Changes after the given cursor, oldest first.") List<ChangeEntry> items,
        @Schema(description = "Pass as `after` to read the next changes; the same cursor when there is nothing new yet.",
                example = "1042")
        String nextCursor,
        @Schema(description = "Whether more changes are waiting beyond this slice.") boolean hasMore) {

    public ChangeFeedPage {
        items = List.copyOf(items);
    }
}
