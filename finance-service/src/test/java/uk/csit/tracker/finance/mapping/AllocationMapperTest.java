package uk.csit.tracker.finance.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.domain.AllocationVariation;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.AllocationResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;

class AllocationMapperTest {

    private static final YearRef YEAR = new YearRef("2024-25", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

    private static Allocation allocation(String amount) {
        Allocation a = new Allocation();
        a.ref = "ALLOC-1";
        a.category = AllocationCategory.IMPROVEMENT_PLAN;
        a.amount = new BigDecimal(amount);
        a.originalAmount = new BigDecimal("1000");
        a.purpose = "Agency social workers";
        a.version = 3;
        return a;
    }

    @Test
    void withNoForecastTheOutturnIsTheSpendToDate() {
        AllocationResponse r = AllocationMapper.toResponse(allocation("1000"), YEAR, null, new BigDecimal("250.5"), null,
                List.of());
        assertEquals(new BigDecimal("250.50"), r.spentGbp());
        assertEquals(new BigDecimal("250.50"), r.forecastOutturnGbp());
        assertEquals(new BigDecimal("749.50"), r.varianceGbp());
        assertEquals(new BigDecimal("1000.00"), r.amountGbp());
        assertEquals(new BigDecimal("1000.00"), r.originalAmountGbp());
        assertEquals(3, r.version());
    }

    @Test
    void theLatestForecastIsTheOutturnAndAnOverspendIsANegativeVariance() {
        AllocationResponse r = AllocationMapper.toResponse(allocation("1000.00"), YEAR, "DFE-GRANT", new BigDecimal("400"),
                new BigDecimal("1200"), List.of());
        assertEquals(new BigDecimal("1200.00"), r.forecastOutturnGbp());
        assertEquals(new BigDecimal("-200.00"), r.varianceGbp());
        assertEquals("DFE-GRANT", r.fundingSourceRef());
        assertEquals(YEAR, r.financialYear());
    }

    @Test
    void variationsKeepTheirOrder() {
        AllocationVariation first = variation("1000.00", "1500.00", "Second tranche");
        AllocationVariation second = variation("1500.00", "1200.00", "Underspend returned");
        AllocationResponse r = AllocationMapper.toResponse(allocation("1200.00"), YEAR, null, BigDecimal.ZERO, null,
                List.of(first, second));
        assertEquals(List.of("Second tranche", "Underspend returned"), r.variations().stream().map(v -> v.reason()).toList());
        assertEquals(new BigDecimal("1500.00"), r.variations().get(0).toAmountGbp());
    }

    private static AllocationVariation variation(String from, String to, String reason) {
        AllocationVariation v = new AllocationVariation();
        v.fromAmount = new BigDecimal(from);
        v.toAmount = new BigDecimal(to);
        v.reason = reason;
        v.variedOn = LocalDate.of(2024, 9, 1);
        v.variedBy = "finance.officer";
        return v;
    }
}
