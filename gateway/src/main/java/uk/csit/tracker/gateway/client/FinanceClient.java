package uk.csit.tracker.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.csit.tracker.gateway.client.FeedDtos.FeedSlice;
import uk.csit.tracker.gateway.client.FinanceDtos.Allocation;
import uk.csit.tracker.gateway.client.FinanceDtos.FinanceSummary;
import uk.csit.tracker.kit.paging.Page;

/**
 * The gateway's reads of finance-service: a timeout and one retry each, under the service's one circuit breaker
 * (ServiceCircuits); a 404 or other 4xx ends a read at once and is not a failure.
 */
@ApplicationScoped
@Timeout(value = ServiceCircuits.READ_TIMEOUT_MILLIS, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 50, abortOn = {RecordNotFound.class, ServiceRefused.class,
        CircuitBreakerOpenException.class})
public class FinanceClient {

    static final String SERVICE = "finance";

    @Inject
    @RestClient
    FinanceApi api;

    @Inject
    ServiceCircuits circuits;

    /** The money for every recorded year, now or as at the end of a day. */
    public FinanceSummary summary(Caller caller, LocalDate asOf) {
        return circuits.guard(SERVICE, () -> api.summary(asOf == null ? null : asOf.toString(), caller.authorization(),
                caller.requestId()));
    }

    /** A page of the allocations for any of these priorities (all of them when the list is null). */
    public Page<Allocation> allocations(List<String> priorities, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.allocations(priorities, Reads.PAGE_SIZE, page, caller.authorization(),
                caller.requestId()));
    }

    /** The changes after the service's own cursor. */
    public FeedSlice changes(String after, int limit, Caller caller) {
        return circuits.guard(SERVICE, () -> api.changes(after, limit, caller.authorization(), caller.requestId()));
    }
}
