package uk.csit.tracker.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.csit.tracker.kit.json.Decimals;
import uk.csit.tracker.plan.domain.KpiBasis;
import uk.csit.tracker.plan.domain.KpiComparators;
import uk.csit.tracker.plan.domain.KpiRag;
import uk.csit.tracker.plan.domain.Polarity;
import uk.csit.tracker.plan.mapping.KpiMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiHeadline;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiPublishedHeadline;

/**
 * Each KPI's headline for the plan's summary, in one query: its latest value (the council's own where both end the
 * same day) and its latest published value with England, the region and the neighbours beside it; as at a day, the
 * latest of periods ended, and figures released, by then.
 */
@ApplicationScoped
public class KpiHeadlines {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @SuppressWarnings("unchecked")
    public List<KpiHeadline> read(LocalDate asOf) {
        List<KpiHeadline> kpis = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                select k.code, k.name, k.unit, k.polarity, v.period_label, v.value, coalesce(v.target, k.target),
                       v.basis, v.source, p.period_label, p.value, p.symbol, coalesce(p.target, k.target), p.source,
                       cast(p.comparators as text)
                  from kpi k
                  left join lateral (select * from kpi_value kv where kv.kpi_id = k.id
                                        and (cast(?1 as date) is null or (kv.period_end <= cast(?1 as date)
                                             and (kv.released is null or kv.released <= cast(?1 as date))))
                                      order by kv.period_end desc, kv.basis limit 1) v on true
                  left join lateral (select * from kpi_value kv where kv.kpi_id = k.id and kv.basis = 'PUBLISHED'
                                        and (cast(?1 as date) is null or (kv.period_end <= cast(?1 as date)
                                             and (kv.released is null or kv.released <= cast(?1 as date))))
                                      order by kv.period_end desc limit 1) p on true
                 order by k.code""").setParameter(1, asOf).getResultList()) {
            Polarity polarity = Polarity.valueOf((String) row[3]);
            BigDecimal value = Decimals.plain((BigDecimal) row[5]);
            BigDecimal target = Decimals.plain((BigDecimal) row[6]);
            KpiPublishedHeadline published = null;
            if (row[9] != null) {
                BigDecimal publishedValue = Decimals.plain((BigDecimal) row[10]);
                published = new KpiPublishedHeadline((String) row[9], publishedValue, KpiMapper.withheld((String) row[11]),
                        KpiRag.of(polarity, publishedValue, (BigDecimal) row[12]), (String) row[13],
                        KpiMapper.toResponse(comparators((String) row[14])));
            }
            kpis.add(new KpiHeadline((String) row[0], (String) row[1], (String) row[2], polarity, (String) row[4], value,
                    target, KpiRag.of(polarity, value, target), row[7] == null ? null : KpiBasis.valueOf((String) row[7]),
                    (String) row[8], published));
        }
        return kpis;
    }

    private KpiComparators comparators(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, KpiComparators.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A KPI value's comparators could not be read", e);
        }
    }
}
