package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.csit.tracker.gateway.config.WebhookConfig;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.DeliveryLog;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.Webhook;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.WebhookCreated;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.WebhookList;
import uk.csit.tracker.gateway.rest.dto.WebhookDtos.WebhookRequest;
import uk.csit.tracker.gateway.store.WebhookStore;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/** Registering, reading and removing webhooks, and reading their delivery logs. */
@ApplicationScoped
public class Webhooks {

    static final int LOG_LIMIT = 200;

    @Inject
    WebhookStore store;

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    @Inject
    ReceiverAddresses receivers;

    @Inject
    WebhookSecrets secrets;

    public WebhookCreated register(WebhookRequest request, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        String url = request.url().trim();
        if (!isReceiverUrl(url)) {
            errors.add(new FieldError("url", "must be an absolute http or https URL"));
        }
        List<String> wanted = List.copyOf(new LinkedHashSet<>(request.eventTypes()));
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String problem = EventTypes.problem(request.eventTypes().get(i));
            if (problem != null) {
                errors.add(new FieldError("eventTypes[" + i + "]", problem));
            }
        }
        String secret = request.secret() == null ? WebhookSigner.newSecret() : request.secret();
        String secretProblem = request.secret() == null ? null : WebhookSigner.problem(secret);
        if (secretProblem != null) {
            errors.add(new FieldError("secret", secretProblem));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String refusal = receivers.refusal(URI.create(url));
        if (refusal != null) {
            throw ProblemException.unprocessable("url", refusal);
        }
        UUID id = UUID.randomUUID();
        Webhook made = store.insert(id, url, secrets.seal(id, secret), wanted, request.description(), createdBy,
                clock.instant());
        return new WebhookCreated(made.id(), made.url(), made.eventTypes(), made.description(), made.createdBy(),
                made.createdAt(), secret);
    }

    public WebhookList all() {
        return new WebhookList(store.webhooks());
    }

    public Webhook one(String id) {
        return parse(id).flatMap(store::webhook).orElseThrow(() -> missing(id));
    }

    public void remove(String id) {
        if (!parse(id).map(uuid -> store.remove(uuid, clock.instant())).orElse(false)) {
            throw missing(id);
        }
    }

    public DeliveryLog deliveries(String id) {
        Webhook webhook = one(id);
        return new DeliveryLog(store.deliveries(webhook.id(), LOG_LIMIT));
    }

    private static boolean isReceiverUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ProblemException missing(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No webhook has the id " + id + ".");
    }
}
