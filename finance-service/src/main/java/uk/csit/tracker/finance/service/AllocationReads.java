package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.AllocationVariation;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.FundingSource;
import uk.csit.tracker.finance.mapping.AllocationMapper;
import uk.csit.tracker.finance.mapping.FinancialYearMapper;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.AllocationResponse;

/**
 * Allocations as the API shows them, with their years, funding sources, spend, latest forecasts and variations: four
 * queries for any number of allocations, so that a page costs the same whatever its size.
 */
@ApplicationScoped
public class AllocationReads {

    @Inject
    EntityManager em;

    public AllocationResponse response(Allocation allocation) {
        return responses(List.of(allocation)).get(0);
    }

    public List<AllocationResponse> responses(List<Allocation> allocations) {
        if (allocations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = allocations.stream().map(a -> a.id).toList();
        Map<Long, FinancialYear> years = byId(FinancialYear.<FinancialYear>list("id in ?1",
                allocations.stream().map(a -> a.financialYearId).distinct().toList()), y -> y.id);
        List<Long> sourceIds = allocations.stream().map(a -> a.fundingSourceId).filter(Objects::nonNull).distinct().toList();
        Map<Long, FundingSource> sources = sourceIds.isEmpty() ? Map.of()
                : byId(FundingSource.<FundingSource>list("id in ?1", sourceIds), s -> s.id);
        // Spend to date is kept on the allocation by the database (V4); the forecast outturn is the latest month's.
        Map<Long, SpentAndForecast> money = new HashMap<>();
        NativeRows.of(em.createNativeQuery("""
                        select a.id, a.spent_total,
                               (select f.forecast_outturn from forecast f where f.allocation_id = a.id
                                 order by f.month desc limit 1)
                          from allocation a where a.id in :ids""").setParameter("ids", ids))
                .forEach(row -> money.put(((Number) row[0]).longValue(), new SpentAndForecast(Money.column(row[1]),
                        row[2] == null ? null : Money.column(row[2]))));
        Map<Long, List<AllocationVariation>> variations = new HashMap<>();
        AllocationVariation.<AllocationVariation>list("allocationId in ?1 order by id", ids)
                .forEach(v -> variations.computeIfAbsent(v.allocationId, id -> new ArrayList<>()).add(v));
        return allocations.stream().map(a -> {
            SpentAndForecast spentAndForecast = money.get(a.id);
            return AllocationMapper.toResponse(a, FinancialYearMapper.ref(years.get(a.financialYearId)),
                    a.fundingSourceId == null ? null : sources.get(a.fundingSourceId).ref, spentAndForecast.spent(),
                    spentAndForecast.latestForecast(), variations.getOrDefault(a.id, List.of()));
        }).toList();
    }

    /** An allocation's spend to date and its latest forecast outturn (none when no month is forecast). */
    private record SpentAndForecast(BigDecimal spent, BigDecimal latestForecast) {
    }

    private static <T> Map<Long, T> byId(List<T> entities, Function<T, Long> id) {
        return entities.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
