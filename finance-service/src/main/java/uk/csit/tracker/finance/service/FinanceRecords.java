package uk.csit.tracker.finance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.ContextFigure;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.Forecast;
import uk.csit.tracker.finance.domain.FundingSource;
import uk.csit.tracker.finance.domain.SpendEntry;
import uk.csit.tracker.finance.mapping.ContextFigureMapper;
import uk.csit.tracker.finance.mapping.ForecastMapper;
import uk.csit.tracker.finance.mapping.FundingSourceMapper;
import uk.csit.tracker.kit.data.changes.RecordCatalogue;

/**
 * Everything finance-service holds, collection by collection, as its API shows each record and under the ref its
 * change feed records it by: what a seed's records are given their CREATE from.
 */
@ApplicationScoped
public class FinanceRecords implements RecordCatalogue {

    @Inject
    FinancialYearService years;

    @Inject
    AllocationReads allocations;

    @Inject
    SpendReads spend;

    @Override
    public List<Collection> collections() {
        return List.of(
                new Collection("financial-years", () -> {
                    List<FinancialYear> all = FinancialYear.listAll(Sort.by("label"));
                    return entries(all.stream().map(y -> y.label).toList(), years.responses(all));
                }),
                new Collection("funding-sources", () -> FundingSource.<FundingSource>listAll(Sort.by("ref")).stream()
                        .map(s -> new Entry(s.ref, FundingSourceMapper.toResponse(s))).toList()),
                new Collection("allocations", () -> {
                    List<Allocation> all = Allocation.listAll(Sort.by("ref"));
                    return entries(all.stream().map(a -> a.ref).toList(), allocations.responses(all));
                }),
                new Collection("spend", () -> {
                    List<SpendEntry> all = SpendEntry.listAll(Sort.by("id"));
                    return entries(all.stream().map(e -> e.externalId).toList(), spend.responses(all));
                }),
                new Collection("forecasts", () -> {
                    Map<Long, String> refs = new HashMap<>();
                    Allocation.<Allocation>listAll().forEach(a -> refs.put(a.id, a.ref));
                    return Forecast.<Forecast>listAll(Sort.by("id")).stream().map(f -> {
                        String allocation = refs.get(f.allocationId);
                        return new Entry(allocation + "/" + YearMonth.from(f.month), ForecastMapper.toResponse(f, allocation));
                    }).toList();
                }),
                new Collection("context-figures", () -> ContextFigure.<ContextFigure>listAll(Sort.by("ref")).stream()
                        .map(c -> new Entry(c.ref, ContextFigureMapper.toResponse(c))).toList()));
    }

    private static List<Entry> entries(List<String> refs, List<?> records) {
        return IntStream.range(0, refs.size()).mapToObj(i -> new Entry(refs.get(i), records.get(i))).toList();
    }
}
