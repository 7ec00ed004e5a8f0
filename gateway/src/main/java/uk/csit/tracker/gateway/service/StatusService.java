package uk.csit.tracker.gateway.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.client.FinanceClient;
import uk.csit.tracker.gateway.client.FinanceDtos.FinanceSummary;
import uk.csit.tracker.gateway.client.InspectionClient;
import uk.csit.tracker.gateway.client.InspectionDtos.InspectionSummary;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.PlanDtos.PlanSummary;
import uk.csit.tracker.gateway.client.PlanDtos.RecommendationRollup;

/** Builds /status from one summary call per service, made in parallel. */
@ApplicationScoped
public class StatusService {

    @Inject
    Aggregator aggregator;

    @Inject
    InspectionClient inspection;

    @Inject
    PlanClient plan;

    @Inject
    FinanceClient finance;

    @Inject
    Clock clock;

    public StatusView status(Caller caller) {
        return status(caller, null);
    }

    /** The picture now, or as it stood at the end of a day: each service answers its part as at that day. */
    public StatusView status(Caller caller, LocalDate asOf) {
        CompletableFuture<Outcome<InspectionSummary>> inspections = aggregator.start("inspection-service",
                () -> inspection.summary(caller, asOf));
        CompletableFuture<Outcome<PlanSummary>> plans = aggregator.start("plan-service", () -> plan.summary(caller, asOf));
        CompletableFuture<Outcome<FinanceSummary>> money = aggregator.start("finance-service",
                () -> finance.summary(caller, asOf));
        Outcome<InspectionSummary> i = inspections.join();
        i = asAsked(i.readAt(i.ok() ? i.data().asAt() : null), i.ok() ? i.data().asOf() : null, asOf);
        Outcome<PlanSummary> p = plans.join();
        p = asAsked(p.readAt(p.ok() ? p.data().asAt() : null), p.ok() ? p.data().asOf() : null, asOf);
        Outcome<FinanceSummary> f = money.join();
        f = asAsked(f.readAt(f.ok() ? f.data().asAt() : null), f.ok() ? f.data().asOf() : null, asOf);

        Map<String, Outcome.SourceState> sources = new LinkedHashMap<>();
        sources.put("inspection", i.state());
        sources.put("plan", p.state());
        sources.put("finance", f.state());
        boolean degraded = !(i.ok() && p.ok() && f.ok());

        InspectionSummary in = i.data();
        PlanSummary pl = p.data();
        StatusView.MonitoringVisits visits = in == null ? null
                : new StatusView.MonitoringVisits(in.lastMonitoringVisit(), in.nextMonitoringVisit(),
                        in.monitoringVisitCount());
        StatusView.Plan planPart = pl == null ? null
                : new StatusView.Plan(pl.plan(), pl.totalActions(), pl.byStatus(), pl.byRag(), pl.overdue(),
                        pl.priorities(), pl.prioritiesTotal() == null ? sizeOf(pl.priorities()) : pl.prioritiesTotal(),
                        pl.programmes());
        return new StatusView(clock.instant(), degraded, sources,
                in == null ? null : in.localAuthority(),
                in == null ? null : in.currentJudgements(),
                in == null ? null : in.openIntervention(),
                visits,
                in == null ? null : recommendations(in, pl),
                in == null ? null : in.recommendationsTotal() == null ? sizeOf(in.recommendations())
                        : in.recommendationsTotal(),
                in == null ? null : in.recommendationsByStatus(),
                planPart,
                pl == null ? null : pl.kpiHeadlines(),
                f.data(),
                asOf);
    }

    /**
     * A service's part as at a day only if it says it is as at that day: a service that does not know asOf would
     * answer with today's position, which must not be shown as the past.
     */
    private static <T> Outcome<T> asAsked(Outcome<T> outcome, LocalDate said, LocalDate asked) {
        if (asked == null || !outcome.ok() || asked.equals(said)) {
            return outcome;
        }
        Log.warnf("A service answered a summary as at %s without saying so; its part is left out", asked);
        return Outcome.unavailable();
    }

    private static List<StatusView.Recommendation> recommendations(InspectionSummary inspections, PlanSummary plan) {
        Map<String, RecommendationRollup> rollups = new HashMap<>();
        if (plan != null && plan.recommendations() != null) {
            plan.recommendations().forEach(r -> rollups.put(r.recommendationRef(), r));
        }
        List<StatusView.Recommendation> out = new ArrayList<>();
        if (inspections.recommendations() != null) {
            inspections.recommendations().forEach(r -> out.add(new StatusView.Recommendation(r.ref(), r.inspectionRef(),
                    r.text(), Boolean.TRUE.equals(r.textPending()), r.area(), r.status(), r.statusDate(),
                    plan == null ? null : rollups.get(r.ref()))));
        }
        return out;
    }

    private static long sizeOf(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
