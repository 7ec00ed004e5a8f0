package uk.csit.tracker.plan.mapping;

import java.math.BigDecimal;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.domain.KpiRag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;

/** A KPI and its values as the API shows them: a value's target is its own, else the KPI's, and sets its RAG. */
public final class KpiMapper {

    private KpiMapper() {
    }

    public static KpiResponse toResponse(Kpi kpi, KpiValueResponse latest) {
        return new KpiResponse(kpi.code, kpi.name, kpi.unit, kpi.polarity, kpi.frequency, kpi.source, kpi.target,
                kpi.notes, latest, kpi.version);
    }

    public static KpiValueResponse toResponse(KpiValue v, Kpi kpi) {
        BigDecimal target = v.target != null ? v.target : kpi.target;
        return new KpiValueResponse(kpi.code, v.periodStart, v.periodEnd, v.periodLabel, v.value, v.numerator,
                v.denominator, target, v.england, v.london, v.statisticalNeighbours,
                KpiRag.of(kpi.polarity, v.value, target), v.source);
    }
}
