package uk.csit.tracker.kit.data.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a page of a record's history is described in the contract (the answer is a {@code Page<ChangeEntry>}). */
@Schema(name = "ChangeEntryPage", description = "One page of a record's history, oldest change first.")
public record ChangeEntryPage(
        @Schema(description = "The changes on this page.") List<ChangeEntry> items,
        @Schema(description = "This page's number, from 0.", example = "0") int page,
        @Schema(description = "The page size asked for.", example = "50") int size,
        @Schema(description = "How many changes the record has, across all pages.", example = "4") long totalItems) {
}
