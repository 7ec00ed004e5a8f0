package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.SpendEntry;
import uk.csit.tracker.finance.mapping.FinancialYearMapper;
import uk.csit.tracker.finance.mapping.SpendMapper;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendResponse;

/**
 * Spend entries as the API shows them, with their allocations' refs and years and the lines they reverse: three
 * queries for any number of entries.
 */
@ApplicationScoped
public class SpendReads {

    public SpendResponse response(SpendEntry entry) {
        return responses(List.of(entry)).get(0);
    }

    public List<SpendResponse> responses(List<SpendEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, Allocation> allocations = new HashMap<>();
        Allocation.<Allocation>list("id in ?1", entries.stream().map(e -> e.allocationId).distinct().toList())
                .forEach(a -> allocations.put(a.id, a));
        Map<Long, FinancialYear> years = new HashMap<>();
        FinancialYear.<FinancialYear>list("id in ?1", allocations.values().stream().map(a -> a.financialYearId).distinct()
                .toList()).forEach(y -> years.put(y.id, y));
        List<Long> reversedIds = entries.stream().map(e -> e.reversesId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> reversed = new HashMap<>();
        if (!reversedIds.isEmpty()) {
            SpendEntry.<SpendEntry>list("id in ?1", reversedIds).forEach(r -> reversed.put(r.id, r.externalId));
        }
        return entries.stream().map(e -> {
            Allocation allocation = allocations.get(e.allocationId);
            return SpendMapper.toResponse(e, allocation.ref, FinancialYearMapper.ref(years.get(allocation.financialYearId)),
                    e.reversesId == null ? null : reversed.get(e.reversesId));
        }).toList();
    }
}
