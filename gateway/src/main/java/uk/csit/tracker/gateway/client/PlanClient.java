package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads of plan-service: a timeout, one retry (reads are idempotent) and the one circuit breaker of this
 * service. A 404 is an empty answer; it is neither retried nor counted against the breaker.
 */
@ApplicationScoped
public class PlanClient extends ServiceClient {

    @Inject
    @RestClient
    PlanApi api;

    @Override
    protected ServiceReads api() {
        return api;
    }

    @Override
    public String name() {
        return "plan-service";
    }

    @Override
    protected String summaryPath() {
        return "plan-summary";
    }

    @Override
    @Timeout(value = 800, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 50, abortOn = NotFound.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = NotFound.class)
    protected JsonNode guarded(Read read, Caller caller) {
        return perform(read, caller);
    }
}
