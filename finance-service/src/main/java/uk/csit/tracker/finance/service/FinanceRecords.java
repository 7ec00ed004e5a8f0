package uk.csit.tracker.finance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.ContextFigure;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.Forecast;
import uk.csit.tracker.finance.domain.FundingSource;
import uk.csit.tracker.finance.domain.SpendEntry;
import uk.csit.tracker.kit.data.changes.RecordCatalogue;

/**
 * Everything finance-service holds, collection by collection, as its API shows each record and under the ref its
 * change feed records it by: what a seed's records are given their CREATE from.
 */
@ApplicationScoped
public class FinanceRecords implements RecordCatalogue {

    @Inject
    LedgerService ledger;

    @Override
    public List<Collection> collections() {
        return List.of(
                new Collection("financial-years", () -> FinancialYear.<FinancialYear>listAll(Sort.by("label")).stream()
                        .map(y -> new Entry(y.label, ledger.toResponse(y))).toList()),
                new Collection("funding-sources", () -> FundingSource.<FundingSource>listAll(Sort.by("ref")).stream()
                        .map(s -> new Entry(s.ref, LedgerService.toResponse(s))).toList()),
                new Collection("allocations", () -> Allocation.<Allocation>listAll(Sort.by("ref")).stream()
                        .map(a -> new Entry(a.ref, ledger.toResponse(a))).toList()),
                new Collection("spend", () -> SpendEntry.<SpendEntry>listAll(Sort.by("id")).stream()
                        .map(e -> new Entry(e.externalId, LedgerService.toResponse(e))).toList()),
                new Collection("forecasts", () -> Forecast.<Forecast>listAll(Sort.by("id")).stream().map(f -> {
                    String allocation = Allocation.<Allocation>findById(f.allocationId).ref;
                    return new Entry(allocation + "/" + YearMonth.from(f.month), LedgerService.toResponse(f, allocation));
                }).toList()),
                new Collection("context-figures", () -> ContextFigure.<ContextFigure>listAll(Sort.by("ref")).stream()
                        .map(c -> new Entry(c.ref, LedgerService.toResponse(c))).toList()));
    }
}
