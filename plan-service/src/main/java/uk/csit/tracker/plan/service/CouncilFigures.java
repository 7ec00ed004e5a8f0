package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.json.Decimals;
import uk.csit.tracker.plan.config.CouncilConfig;
import uk.csit.tracker.plan.domain.Kpi;
import uk.csit.tracker.plan.domain.KpiBasis;
import uk.csit.tracker.plan.domain.KpiComparators;
import uk.csit.tracker.plan.domain.KpiValue;
import uk.csit.tracker.plan.mapping.KpiMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;
import uk.csit.tracker.plan.service.KpiComparison.Figure;
import uk.csit.tracker.plan.service.KpiComparison.NeighbourRef;

/**
 * Keeps each KPI's published values (the council's row of each period, with its comparators) in step with the
 * published figures held and the neighbour model: worked out again after an import of either, and written only
 * where something differs, so that importing what is already held changes nothing and records no change.
 */
@ApplicationScoped
public class CouncilFigures {

    @Inject
    EntityManager em;

    @Inject
    CouncilConfig council;

    @Inject
    KpiService kpis;

    @Inject
    ChangeRecorder changes;

    @Inject
    StatisticalNeighbourModel neighbourModel;

    /** Brings the KPI's published values up to date; returns how many were added or changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int refresh(long kpiId) {
        Kpi kpi = Kpi.findById(kpiId);
        Map<String, List<Held>> byPeriod = new LinkedHashMap<>();
        for (Held held : figures(kpiId)) {
            byPeriod.computeIfAbsent(held.timePeriod, p -> new ArrayList<>()).add(held);
        }
        Map<LocalDate, KpiValue> existing = new HashMap<>();
        KpiValue.<KpiValue>list("kpiId = ?1 and basis = ?2", kpiId, KpiBasis.PUBLISHED)
                .forEach(v -> existing.put(v.periodStart, v));
        KpiResponse before = kpis.toResponse(kpi);
        Map<String, List<NeighbourRef>> neighbourModel = new HashMap<>();
        int written = 0;
        for (List<Held> period : byPeriod.values()) {
            Held own = period.stream().filter(h -> KpiComparison.LOCAL_AUTHORITY.equalsIgnoreCase(h.figure.level())
                    && h.figure.covers(council.code())).findFirst().orElse(null);
            if (own == null) {
                continue; // the council is not in this period's file
            }
            List<NeighbourRef> neighbours = neighbourModel.computeIfAbsent(String.valueOf(own.figure.oldLaCode()),
                    this::neighboursOf);
            KpiComparators comparators = KpiComparison.compare(own.figure,
                    period.stream().map(h -> h.figure).toList(), neighbours, kpi.polarity, own.label, own.source);
            KpiValue value = existing.get(own.start);
            if (value == null) {
                value = new KpiValue();
                value.kpiId = kpiId;
                value.basis = KpiBasis.PUBLISHED;
                value.periodStart = own.start;
                set(value, own, comparators);
                value.persist();
                changes.created(KpiService.KPI_VALUES, KpiMapper.ref(value, kpi), KpiMapper.toResponse(value, kpi));
                written++;
            } else if (!same(value, own, comparators)) {
                KpiValueResponse was = KpiMapper.toResponse(value, kpi);
                set(value, own, comparators);
                changes.updated(KpiService.KPI_VALUES, KpiMapper.ref(value, kpi), was, KpiMapper.toResponse(value, kpi));
                written++;
            }
        }
        if (written > 0) {
            em.flush();
            KpiResponse after = kpis.toResponse(kpi);
            if (!after.equals(before)) {
                changes.updated(KpiService.KPIS, kpi.code, before, after);
            }
        }
        return written;
    }

    private static void set(KpiValue value, Held own, KpiComparators comparators) {
        value.periodEnd = own.end;
        value.periodLabel = own.label;
        value.value = own.figure.value();
        value.symbol = own.figure.symbol();
        value.source = own.source;
        value.released = own.released;
        value.england = comparators.england();
        value.statisticalNeighbours = comparators.neighboursMedian();
        value.comparators = comparators;
    }

    private static boolean same(KpiValue value, Held own, KpiComparators comparators) {
        return Objects.equals(value.periodEnd, own.end) && Objects.equals(value.periodLabel, own.label)
                && own.figure.holds(value.value, value.symbol)
                && Objects.equals(value.source, own.source) && Objects.equals(value.released, own.released)
                && Objects.equals(value.comparators, comparators);
    }

    /** A figure as held, with its period. */
    private record Held(String timePeriod, String label, LocalDate start, LocalDate end, String source,
            LocalDate released, Figure figure) {
    }

    @SuppressWarnings("unchecked")
    private Collection<Held> figures(long kpiId) {
        List<Object[]> rows = em.createNativeQuery("""
                select time_period, period_label, period_start, period_end, geographic_level, area_code, area_name,
                       old_la_code, region_code, region_name, value, symbol, source, released
                  from published_figure where kpi_id = ?1 and replaced_at is null
                 order by period_start, id""").setParameter(1, kpiId).getResultList();
        List<Held> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Held((String) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3],
                    (String) r[12], (LocalDate) r[13], new Figure((String) r[4], (String) r[5], (String) r[6], (String) r[7],
                            (String) r[8], (String) r[9], Decimals.plain((BigDecimal) r[10]), (String) r[11])));
        }
        return out;
    }

    /** The council's neighbours by the model; a council written with two codes takes the first that has some. */
    private List<NeighbourRef> neighboursOf(String oldLaCodes) {
        for (String code : oldLaCodes.split("/")) {
            var found = neighbourModel.named(code.trim());
            if (found.isPresent()) {
                return found.get().neighbours().stream()
                        .map(n -> new NeighbourRef(n.position(), n.laCode(), n.name(), n.closeness())).toList();
            }
        }
        return List.of();
    }
}
