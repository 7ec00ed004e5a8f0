package uk.csit.tracker.finance.mapping;

import java.math.BigDecimal;
import java.util.List;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.AllocationVariation;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.AllocationResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.VariationResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;
import uk.csit.tracker.finance.service.Money;

/**
 * An allocation as the API shows it, with what was read beside it: its forecast outturn is its latest forecast, or
 * its spend to date where none is recorded, and its variance is the amount less that outturn.
 */
public final class AllocationMapper {

    private AllocationMapper() {
    }

    public static AllocationResponse toResponse(Allocation a, YearRef year, String fundingSourceRef, BigDecimal spent,
            BigDecimal latestForecast, List<AllocationVariation> variations) {
        BigDecimal spentGbp = Money.pounds(spent);
        BigDecimal forecast = latestForecast == null ? spentGbp : Money.pounds(latestForecast);
        BigDecimal amount = Money.pounds(a.amount);
        return new AllocationResponse(a.ref, year, a.category, amount, Money.pounds(a.originalAmount), fundingSourceRef,
                a.purpose, a.approvedBy, a.approvedDate, a.sourceDocument, a.priorityRef, a.actionRef, spentGbp, forecast,
                amount.subtract(forecast), variations.stream().map(AllocationMapper::toResponse).toList(), a.version);
    }

    static VariationResponse toResponse(AllocationVariation v) {
        return new VariationResponse(v.fromAmount, v.toAmount, v.reason, v.variedOn, v.variedBy, v.recordedAt);
    }
}
