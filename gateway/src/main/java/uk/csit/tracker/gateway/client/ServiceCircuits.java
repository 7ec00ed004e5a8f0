package uk.csit.tracker.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One circuit breaker per service, shared by everything the gateway asks of it: the typed reads behind the
 * aggregates and the forwarded calls. When a service keeps failing, callers get their answer (a degraded aggregate,
 * or a 503) at once instead of each waiting for a timeout. Only failures count: a refused connection, no answer in
 * time, a 5xx, an answer that is not what the contract says. A 404 or any other 4xx is an answer about the
 * caller's request, not about the service's health, and never opens the breaker.
 */
@ApplicationScoped
public class ServiceCircuits {

    /**
     * How long one typed read may take. A service's first answers after it starts are slow (nothing compiled or
     * cached yet); a timeout shorter than those made a cold start's first page of reads count as failures and opened
     * the breaker for every caller. A read that outlives an aggregate's deadline still ends in time to count as an
     * answer, while a service that hangs is still cut off within two tries.
     */
    public static final long READ_TIMEOUT_MILLIS = 2000;

    /** Runs a call to a service (plan, inspection or finance) under that service's breaker. */
    public <T> T guard(String service, Supplier<T> call) {
        return switch (service) {
            case "plan" -> plan(call);
            case "inspection" -> inspection(call);
            case "finance" -> finance(call);
            default -> throw new IllegalArgumentException("No service called " + service);
        };
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = {RecordNotFound.class, ServiceRefused.class})
    @CircuitBreakerName("plan-service")
    <T> T plan(Supplier<T> call) {
        return call.get();
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = {RecordNotFound.class, ServiceRefused.class})
    @CircuitBreakerName("inspection-service")
    <T> T inspection(Supplier<T> call) {
        return call.get();
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = {RecordNotFound.class, ServiceRefused.class})
    @CircuitBreakerName("finance-service")
    <T> T finance(Supplier<T> call) {
        return call.get();
    }
}
