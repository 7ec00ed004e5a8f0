package uk.csit.tracker.finance.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FinancialMonth;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FinancialYearResponse;

class FinancialYearMapperTest {

    private static FinancialYear year() {
        FinancialYear y = new FinancialYear();
        y.label = "2024-25";
        y.startDate = LocalDate.of(2024, 4, 1);
        y.endDate = LocalDate.of(2025, 3, 31);
        return y;
    }

    @Test
    void twelveMonthsAprilToMarchInTheirQuarters() {
        FinancialYearResponse r = FinancialYearMapper.toResponse(year(), List.of());
        List<FinancialMonth> months = r.months();
        assertEquals(12, months.size());
        assertEquals("2024-04", months.get(0).month());
        assertEquals("Q1", months.get(0).quarter());
        assertEquals("Q2", months.get(3).quarter());
        assertEquals("2025-03", months.get(11).month());
        assertEquals("Q4", months.get(11).quarter());
        assertEquals(LocalDate.of(2025, 2, 28), months.get(10).endDate());
    }

    @Test
    void closedMonthsAreListedInOrderAndMarkedOnTheirMonth() {
        FinancialYearResponse r = FinancialYearMapper.toResponse(year(),
                List.of(YearMonth.of(2024, 6), YearMonth.of(2024, 4)));
        assertEquals(List.of("2024-04", "2024-06"), r.closedMonths());
        assertEquals(List.of(true, false, true), r.months().subList(0, 3).stream().map(FinancialMonth::closed).toList());
    }
}
