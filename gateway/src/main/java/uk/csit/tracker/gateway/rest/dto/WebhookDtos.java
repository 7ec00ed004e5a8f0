package uk.csit.tracker.gateway.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What integrators send and read about webhooks. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookRequest", description = "A receiver of change events.")
    public record WebhookRequest(
            @NotBlank @Size(max = 2000) @Schema(description = "Where each event is POSTed: an absolute https URL (http only where the"
                    + " gateway allows it) of a public receiver; a host that is or resolves to a loopback, private,"
                    + " link-local or otherwise internal address is refused (422), unless the gateway's configuration"
                    + " allows that network, and is checked again before every delivery. Redirects are not followed.",
                    example = "https://council.example/hooks/csit") String url,
            @Size(max = 200) @Schema(description = "The Standard Webhooks signing secret, `whsec_` and the base64 of 24 to"
                    + " 64 random bytes. Leave it out to have one made; it is shown once, in the answer to this request.",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            @NotNull @Size(min = 1, max = 50) @Schema(description = "The event types wanted: `uk.csit.tracker.<collection>."
                    + "<created|updated|deleted>`, with `*` for any collection or operation, or `*` for every event.",
                    example = "[\"uk.csit.tracker.actions.*\", \"uk.csit.tracker.findings.updated\"]")
            List<@NotBlank @Size(max = 200) String> eventTypes,
            @Size(max = 500) @Schema(description = "What it is for.", example = "Children's services dashboard")
            String description) {
    }

    @Schema(name = "Webhook", description = "A registered receiver (its secret is never shown again).")
    public record Webhook(UUID id, String url, List<String> eventTypes, String description, String createdBy,
            Instant createdAt) {
    }

    @Schema(name = "WebhookCreated", description = "A registered receiver, with its signing secret: keep it now.")
    public record WebhookCreated(UUID id, String url, List<String> eventTypes, String description, String createdBy,
            Instant createdAt, @Schema(description = "The Standard Webhooks secret the signatures are made with.")
            String secret) {
    }

    @Schema(name = "WebhookList")
    public record WebhookList(List<Webhook> items) {
    }

    @Schema(name = "WebhookDelivery", description = "One event owed to one receiver, and how its delivery went.")
    public record Delivery(long id,
            @Schema(description = "The CloudEvents id and webhook-id header: the same on every attempt.") String eventId,
            String eventType,
            @Schema(description = "PENDING (to be tried, or tried again at nextAttemptAt), DELIVERED, FAILED (not"
                    + " delivered within the retry window) or CANCELLED (the webhook was removed).",
                    enumeration = {"PENDING", "DELIVERED", "FAILED", "CANCELLED"}) String state,
            @Schema(description = "How many times it was sent.") int attempts,
            Instant nextAttemptAt,
            @Schema(description = "The receiver's last HTTP status.") Integer lastStatus,
            @Schema(description = "Why the last attempt failed, when it did.") String lastError,
            Instant createdAt, Instant deliveredAt) {
    }

    @Schema(name = "WebhookDeliveryLog", description = "Newest first.")
    public record DeliveryLog(List<Delivery> items) {
    }

    @Schema(name = "EventType", description = "A kind of change event a webhook can ask for.")
    public record EventType(
            @Schema(description = "The CloudEvents type.", example = "uk.csit.tracker.board-meetings.created") String type,
            @Schema(description = "The collection of records it is about.", example = "board-meetings") String collection,
            @Schema(description = "What happened to the record.", enumeration = {"created", "updated"},
                    example = "created") String operation,
            @Schema(description = "The service that holds the records.", enumeration = {"plan", "inspection", "finance"},
                    example = "plan") String service,
            @Schema(description = "Where the records are in this API.", example = "/api/v1/boards/{ref}/meetings")
            String path,
            @Schema(description = "The contract's schema of a record (and of the event: this name and ChangeEvent).",
                    example = "BoardMeeting") String schema,
            @Schema(description = "What the records are.") String description) {
    }

    @Schema(name = "EventTypeList", description = "Every event type, by collection.")
    public record EventTypeList(List<EventType> items) {
    }
}
