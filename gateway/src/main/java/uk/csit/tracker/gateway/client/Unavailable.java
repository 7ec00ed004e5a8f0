package uk.csit.tracker.gateway.client;

import io.quarkus.logging.Log;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The fallback of every guarded read: whatever went wrong (timeout, error status, malformed JSON,
 * refused connection, open breaker) becomes an UNAVAILABLE reply, so that no failure of a service
 * reaches the gateway's caller as a 500.
 */
public class Unavailable implements FallbackHandler<Reply> {

    @Override
    public Reply handle(ExecutionContext context) {
        String service = context.getMethod().getDeclaringClass().getSimpleName().replaceAll("Client.*", "")
                .toLowerCase() + "-service";
        String why = describe(context.getFailure());
        Log.warnf("%s read %s unavailable: %s", service, context.getParameters().length > 0 ? context.getParameters()[0]
                : "", why);
        return Reply.unavailable(why);
    }

    static String describe(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return "circuit breaker open";
        }
        if (failure instanceof TimeoutException) {
            return "no answer in time";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }
}
