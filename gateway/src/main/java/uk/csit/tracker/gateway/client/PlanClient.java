package uk.csit.tracker.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads of plan-service. Every read carries a timeout, one retry (reads are idempotent), this service's one
 * circuit breaker and a fallback to an UNAVAILABLE reply. A 404 is an answer: it is returned as "not found",
 * never retried and never counted by the breaker. Test and production values can be changed by configuration
 * ({@code quarkus.fault-tolerance."uk.csit.tracker.gateway.client.PlanClient/guarded".timeout.value}).
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
    @Retry(maxRetries = 1, delay = 50)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(Unavailable.class)
    protected Reply guarded(Read read, Caller caller) {
        return perform(read, caller);
    }
}
