package uk.csit.tracker.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.csit.tracker.gateway.client.FeedDtos.FeedSlice;
import uk.csit.tracker.gateway.client.InspectionDtos.Finding;
import uk.csit.tracker.gateway.client.InspectionDtos.InspectionSummary;
import uk.csit.tracker.gateway.client.InspectionDtos.TimelineEntry;
import uk.csit.tracker.kit.paging.Page;

/**
 * The gateway's reads of inspection-service: a timeout and one retry each, under the service's one circuit breaker
 * (ServiceCircuits); a 404 or other 4xx ends a read at once and is not a failure.
 */
@ApplicationScoped
@Timeout(value = ServiceCircuits.READ_TIMEOUT_MILLIS, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 50, abortOn = {RecordNotFound.class, ServiceRefused.class,
        CircuitBreakerOpenException.class})
public class InspectionClient {

    static final String SERVICE = "inspection";

    @Inject
    @RestClient
    InspectionApi api;

    @Inject
    ServiceCircuits circuits;

    /** Everything the status needs from inspections, now or as at the end of a day. */
    public InspectionSummary summary(Caller caller, LocalDate asOf) {
        return circuits.guard(SERVICE, () -> api.summary(asOf == null ? null : asOf.toString(), caller.authorization(),
                caller.requestId()));
    }

    /** One finding; {@link RecordNotFound} when there is none of this ref. */
    public Finding finding(String ref, Caller caller) {
        return circuits.guard(SERVICE, () -> api.finding(ref, caller.authorization(), caller.requestId()));
    }

    /** A page of findings, filtered by type, judgement area and inspection type (any may be null). */
    public Page<Finding> findings(String type, String area, String inspectionType, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.findings(type, area, inspectionType, Reads.PAGE_SIZE, page,
                caller.authorization(), caller.requestId()));
    }

    /** A page of the inspection timeline between two days (either may be null). */
    public Page<TimelineEntry> timeline(LocalDate from, LocalDate to, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.timeline(from == null ? null : from.toString(),
                to == null ? null : to.toString(), Reads.PAGE_SIZE, page, caller.authorization(), caller.requestId()));
    }

    /** The changes after the service's own cursor. */
    public FeedSlice changes(String after, int limit, Caller caller) {
        return circuits.guard(SERVICE, () -> api.changes(after, limit, caller.authorization(), caller.requestId()));
    }
}
