package uk.csit.tracker.gateway.service;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import uk.csit.tracker.gateway.config.WebhookConfig;

/** Skips the webhook jobs when webhooks are switched off or the gateway has no token to read the feeds with. */
@Singleton
public class WebhooksOff implements Scheduled.SkipPredicate {

    @Inject
    WebhookConfig config;

    @Inject
    FeedCredentials credentials;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.enabled() || credentials.token().isEmpty();
    }
}
