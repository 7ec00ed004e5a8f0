package uk.csit.tracker.kit.data.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded write: what changed, who changed it, when, in which request, and the values before and after. */
@Schema(name = "ChangeEntry", description = "One committed write, as kept in the append-only history.")
public record ChangeEntry(
        @Schema(description = "Opaque cursor of this change in the feed; pass it as `after` to read on from here.",
                example = "1042")
        String cursor,
        @Schema(description = "When the writing transaction ran (UTC).", example = "2025-09-17T10:15:00Z")
        Instant occurredAt,
        @Schema(description = "The kind of record, named as its collection in the API.", example = "actions")
        String entityType,
        @Schema(description = "The record's ref.", example = "A-2.4")
        String entityRef,
        @Schema(description = "What the write did.")
        ChangeOperation operation,
        @Schema(description = "The authenticated subject that made the change; null for a record the seed wrote.",
                example = "officer@havering.gov.uk", nullable = true)
        String actor,
        @Schema(description = "The X-Request-Id of the request that made the change.",
                example = "0f8fad5b-d9cb-469f-a165-70867728950e")
        String requestId,
        @Schema(description = FREE_FORM_BEFORE, nullable = true, type = SchemaType.OBJECT,
                implementation = Object.class, additionalProperties = Schema.True.class)
        JsonNode before,
        @Schema(description = FREE_FORM_AFTER, nullable = true, type = SchemaType.OBJECT,
                implementation = Object.class, additionalProperties = Schema.True.class)
        JsonNode after) {

    /**
     * Why before and after are free-form objects in the contract: they hold a record of whichever collection
     * entityType names, and the contract describes each collection's record under its own schema.
     */
    static final String FREE_FORM_WHY = " It is the record exactly as the API shows it, so its shape is that of"
            + " the collection entityType names (for actions the Action schema, for findings Finding, and so on);"
            + " the webhooks section of the gateway's contract gives each event type's record schema.";
    public static final String FREE_FORM_BEFORE = "The record as it was before the change (null for a create)."
            + FREE_FORM_WHY;
    public static final String FREE_FORM_AFTER = "The record as it was after the change (null for a delete)."
            + FREE_FORM_WHY;
}
