package uk.csit.tracker.finance.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.finance.domain.ContextFigure;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.ContextFigureDto;

class ContextFigureMapperTest {

    private static ContextFigure figure(String year) {
        ContextFigure f = new ContextFigure();
        f.ref = "CTX-DEFICIT";
        f.subject = "budget-deficit";
        f.description = "Forecast budget gap";
        f.amount = new BigDecimal("31.5");
        f.financialYear = year;
        f.inUse = true;
        return f;
    }

    @Test
    void aFigureForAYearCarriesTheYearsDates() {
        ContextFigureDto dto = ContextFigureMapper.toResponse(figure("2025-26"));
        assertEquals(LocalDate.of(2025, 4, 1), dto.financialYear().startDate());
        assertEquals(LocalDate.of(2026, 3, 31), dto.financialYear().endDate());
        assertEquals(new BigDecimal("31.50"), dto.amountGbp());
    }

    @Test
    void aFigureForNoYearHasNone() {
        assertNull(ContextFigureMapper.toResponse(figure(null)).financialYear());
    }
}
