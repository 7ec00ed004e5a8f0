package uk.csit.tracker.finance.mapping;

import java.time.LocalDate;
import uk.csit.tracker.finance.domain.ContextFigure;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.ContextFigureDto;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;
import uk.csit.tracker.finance.service.FinancialYears;
import uk.csit.tracker.finance.service.Money;

/** A context figure as the API shows it; the financial year it is for, when it is for one, with the year's dates. */
public final class ContextFigureMapper {

    private ContextFigureMapper() {
    }

    public static ContextFigureDto toResponse(ContextFigure f) {
        YearRef year = null;
        if (f.financialYear != null) {
            LocalDate start = FinancialYears.start("financialYear", f.financialYear);
            year = new YearRef(f.financialYear, start, FinancialYears.end(start));
        }
        return new ContextFigureDto(f.ref, f.subject, f.description, Money.pounds(f.amount), year, f.source, f.inUse,
                f.version);
    }
}
