package uk.csit.tracker.finance.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.finance.domain.Forecast;
import uk.csit.tracker.finance.domain.SpendEntry;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;

class SpendAndForecastMapperTest {

    @Test
    void aReversalNamesTheLineItReversesAndKeepsItsSign() {
        SpendEntry s = new SpendEntry();
        s.externalId = "TXN-2";
        s.spendDate = LocalDate.of(2024, 5, 3);
        s.amount = new BigDecimal("-40");
        s.description = "Refund";
        YearRef year = new YearRef("2024-25", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
        SpendResponse r = SpendMapper.toResponse(s, "ALLOC-1", year, "TXN-1");
        assertEquals(new BigDecimal("-40.00"), r.amountGbp());
        assertEquals("TXN-1", r.reversesExternalId());
        assertEquals("ALLOC-1", r.allocationRef());
    }

    @Test
    void aForecastIsForAMonthWrittenYearDashMonth() {
        Forecast f = new Forecast();
        f.month = LocalDate.of(2025, 1, 1);
        f.forecastOutturn = new BigDecimal("1200");
        assertEquals("2025-01", ForecastMapper.toResponse(f, "ALLOC-1").month());
        assertEquals(new BigDecimal("1200.00"), ForecastMapper.toResponse(f, "ALLOC-1").forecastOutturnGbp());
    }
}
