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
import uk.csit.tracker.gateway.client.PlanDtos.Action;
import uk.csit.tracker.gateway.client.PlanDtos.KpiSeries;
import uk.csit.tracker.gateway.client.PlanDtos.PlanSummary;
import uk.csit.tracker.gateway.client.PlanDtos.Priority;
import uk.csit.tracker.gateway.client.PlanDtos.ProgressUpdate;
import uk.csit.tracker.gateway.client.PlanDtos.TimelineEntry;
import uk.csit.tracker.kit.paging.Page;

/**
 * The gateway's reads of plan-service. Each has a timeout and one retry (reads are idempotent), and runs under the
 * service's one circuit breaker (ServiceCircuits); a 404 or other 4xx ends it at once and is not a failure. Values
 * can be changed by configuration, e.g. {@code quarkus.fault-tolerance."uk.csit.tracker.gateway.client.PlanClient".timeout.value}.
 */
@ApplicationScoped
@Timeout(value = ServiceCircuits.READ_TIMEOUT_MILLIS, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 50, abortOn = {RecordNotFound.class, ServiceRefused.class,
        CircuitBreakerOpenException.class})
public class PlanClient {

    static final String SERVICE = "plan";

    @Inject
    @RestClient
    PlanApi api;

    @Inject
    ServiceCircuits circuits;

    /** The plan in numbers now, or as at the end of a day. */
    public PlanSummary summary(Caller caller, LocalDate asOf) {
        return circuits.guard(SERVICE, () -> api.summary(asOf == null ? null : asOf.toString(), caller.authorization(),
                caller.requestId()));
    }

    /** A page of the priorities answering a recommendation (all of them when it is null), now or as at a day. */
    public Page<Priority> priorities(String recommendation, LocalDate asOf, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.priorities(recommendation, day(asOf), Reads.PAGE_SIZE, page,
                caller.authorization(),
                caller.requestId()));
    }

    /** A page of the actions answering a recommendation (all of them when it is null), now or as at a day. */
    public Page<Action> actions(String recommendation, LocalDate asOf, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.actions(recommendation, day(asOf), Reads.PAGE_SIZE, page,
                caller.authorization(),
                caller.requestId()));
    }

    /** A page of the actions at a RAG, or overdue, soonest due first (either filter may be null). */
    public Page<Action> actionsWhere(String rag, Boolean overdue, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.actionsWhere(rag, overdue == null ? null : overdue.toString(), "dueDate",
                Reads.PAGE_SIZE, page, caller.authorization(), caller.requestId()));
    }

    /** A KPI's values up to a day (all of them when it is null), oldest first. */
    public KpiSeries kpiValues(String code, LocalDate to, Caller caller) {
        return circuits.guard(SERVICE, () -> api.kpiValues(code, to == null ? null : to.toString(), caller.authorization(),
                caller.requestId()));
    }

    /** One priority as the plan holds it now (asOf null), or as it stood at the end of a day. */
    public Priority priority(String ref, LocalDate asOf, Caller caller) {
        return circuits.guard(SERVICE, () -> api.priority(ref, day(asOf), caller.authorization(), caller.requestId()));
    }

    /** A page of a priority's actions, in ref order, now or as at a day. */
    public Page<Action> actionsOfPriority(String priority, LocalDate asOf, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.actionsOfPriority(priority, day(asOf), "ref", Reads.PAGE_SIZE, page,
                caller.authorization(), caller.requestId()));
    }

    /** One action as the plan holds it now (asOf null), or as it stood at the end of a day. */
    public Action action(String ref, LocalDate asOf, Caller caller) {
        return circuits.guard(SERVICE, () -> api.action(ref, day(asOf), caller.authorization(), caller.requestId()));
    }

    /** The newest progress updates of an action, newest first (one page), now or as at a day. */
    public Page<ProgressUpdate> progressUpdates(String ref, LocalDate asOf, Caller caller) {
        return circuits.guard(SERVICE, () -> api.progressUpdates(ref, day(asOf), Reads.PAGE_SIZE, 0, caller.authorization(),
                caller.requestId()));
    }

    /** A page of the plan's timeline between two days (either may be null). */
    public Page<TimelineEntry> timeline(LocalDate from, LocalDate to, int page, Caller caller) {
        return circuits.guard(SERVICE, () -> api.timeline(from == null ? null : from.toString(),
                to == null ? null : to.toString(), Reads.PAGE_SIZE, page, caller.authorization(), caller.requestId()));
    }

    /** The changes after the service's own cursor. */
    public FeedSlice changes(String after, int limit, Caller caller) {
        return circuits.guard(SERVICE, () -> api.changes(after, limit, caller.authorization(), caller.requestId()));
    }

    private static String day(LocalDate asOf) {
        return asOf == null ? null : asOf.toString();
    }
}
