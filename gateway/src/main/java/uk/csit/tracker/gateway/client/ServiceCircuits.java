package uk.csit.tracker.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One circuit breaker per service for forwarded calls: when a service keeps failing, callers get
 * 503 at once instead of each waiting for the forward timeout. Only {@link ServiceDown} (no
 * connection, no answer in time, a 5xx) counts; a 4xx is the caller's business, not a failure.
 */
@ApplicationScoped
public class ForwardBreakers {

    /** The service could not be reached, did not answer in time, or answered with a server error. */
    public static class ServiceDown extends RuntimeException {
        final String what;

        ServiceDown(String what, Throwable cause) {
            super(what, cause, false, false);
            this.what = what;
        }
    }

    <T> T call(String service, Callable<T> call) throws Exception {
        return switch (service) {
            case "plan" -> plan(call);
            case "inspection" -> inspection(call);
            case "finance" -> finance(call);
            default -> call.call();
        };
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = ServiceDown.class)
    <T> T plan(Callable<T> call) throws Exception {
        return call.call();
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = ServiceDown.class)
    <T> T inspection(Callable<T> call) throws Exception {
        return call.call();
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            failOn = ServiceDown.class)
    <T> T finance(Callable<T> call) throws Exception {
        return call.call();
    }
}
