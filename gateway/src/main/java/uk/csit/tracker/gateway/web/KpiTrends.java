package uk.csit.tracker.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.gateway.client.Caller;
import uk.csit.tracker.gateway.client.PlanClient;
import uk.csit.tracker.gateway.client.PlanDtos.KpiHeadline;
import uk.csit.tracker.gateway.client.PlanDtos.KpiPoint;
import uk.csit.tracker.gateway.service.StatusView;

/** The KPI tiles' trends: each KPI's values up to a day, drawn small. */
@ApplicationScoped
public class KpiTrends {

    @Inject
    PlanClient plan;

    /** A KPI's trend: its chart and the values it draws, for the table beside it. */
    public record KpiTrend(String chart, List<KpiPoint> points) {
    }

    /**
     * Each KPI's values up to the day, drawn when there are two or more; a KPI whose values cannot be read keeps its
     * tile and latest value, without a trend.
     */
    public Map<String, KpiTrend> upTo(StatusView status, LocalDate day, Caller caller) {
        Map<String, KpiTrend> out = new HashMap<>();
        if (status.kpiHeadlines() == null) {
            return out;
        }
        for (KpiHeadline kpi : status.kpiHeadlines()) {
            if (kpi.latestValue() == null) {
                continue;
            }
            List<KpiPoint> points;
            try {
                points = plan.kpiValues(kpi.code(), day, caller).items().stream().filter(p -> p.value() != null).toList();
            } catch (RuntimeException unavailable) {
                continue;
            }
            if (points.size() >= 2) {
                List<String> labels = points.stream()
                        .map(p -> p.periodLabel() != null ? p.periodLabel() : String.valueOf(p.periodEnd())).toList();
                out.put(kpi.code(), new KpiTrend(Charts.trend("trend-" + kpi.code(), kpi.name() + ": values over time",
                        labels, points.stream().map(KpiPoint::value).toList(), Formats::figure), points));
            }
        }
        return out;
    }
}
