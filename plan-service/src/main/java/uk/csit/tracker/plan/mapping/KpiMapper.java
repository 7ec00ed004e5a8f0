package uk.csit.tracker.plan.mapping;

import static uk.csit.tracker.kit.json.Decimals.plain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiBasis;
import uk.csit.tracker.plan.domain.KpiComparators;
import uk.csit.tracker.plan.domain.KpiPublishedSource;
import uk.csit.tracker.plan.domain.KpiRag;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.domain.Suppression;
import uk.csit.tracker.plan.rest.dto.PlanDtos.Comparators;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.NeighbourFigure;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PublishedSourceDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.Withheld;

/** A KPI and its values as the API shows them: a value's target is its own, else the KPI's, and sets its RAG. */
public final class KpiMapper {

    private KpiMapper() {
    }

    public static KpiResponse toResponse(Kpi kpi, KpiValueResponse latest, KpiValueResponse latestPublished) {
        return new KpiResponse(kpi.code, kpi.name, kpi.unit, kpi.polarity, kpi.frequency, kpi.source, kpi.target,
                kpi.notes, latest, latestPublished, kpi.version);
    }

    public static KpiValueResponse toResponse(KpiValue v, Kpi kpi) {
        BigDecimal target = v.target != null ? v.target : kpi.target;
        // A figure as written (15, 15.2), not as the column pads it (15.0000).
        return new KpiValueResponse(kpi.code, v.periodStart, v.periodEnd, v.periodLabel, plain(v.value),
                plain(v.numerator), plain(v.denominator), plain(target), plain(v.england), plain(v.london),
                plain(v.statisticalNeighbours), KpiRag.of(kpi.polarity, v.value, target), v.source, v.basis,
                withheld(v.symbol), toResponse(v.comparators));
    }

    public static PublishedSourceDto toDto(KpiPublishedSource source) {
        return new PublishedSourceDto(source.publication, source.indicator,
                source.filters == null ? Map.of() : new TreeMap<>(source.filters), source.yearEnds, source.version);
    }

    /** The ref of a value in the change feed: the KPI's code and the period's first day, with /published for a published one. */
    public static String ref(KpiValue v, Kpi kpi) {
        return kpi.code + (v.basis == KpiBasis.PUBLISHED ? "/published/" : "/") + v.periodStart;
    }

    public static Withheld withheld(String symbol) {
        return symbol == null ? null : Suppression.of(symbol).map(s -> new Withheld(s.symbol(), s.meaning()))
                .orElse(new Withheld(symbol, "withheld"));
    }

    public static Comparators toResponse(KpiComparators c) {
        if (c == null) {
            return null;
        }
        return new Comparators(c.period(), c.source(), c.england(), c.regionCode(), c.regionName(), c.region(),
                c.neighbours() == null ? java.util.List.of() : c.neighbours().stream()
                        .map(n -> new NeighbourFigure(n.position(), n.laCode(), n.name(), n.closeness(), n.value(),
                                n.symbol())).toList(),
                c.neighboursMedian(), c.neighboursMean(), c.rankAmongNeighbours(), c.rankedAmongNeighbours(),
                c.quartileAmongNeighbours(), c.rankAmongLocalAuthorities(), c.rankedLocalAuthorities(), c.quartile());
    }
}
