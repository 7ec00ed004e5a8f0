package uk.csit.tracker.finance.mapping;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FinancialMonth;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FinancialYearResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;
import uk.csit.tracker.finance.service.FinancialYears;

/** A financial year as the API shows it: its twelve months, each with its quarter and whether it is closed. */
public final class FinancialYearMapper {

    private FinancialYearMapper() {
    }

    public static FinancialYearResponse toResponse(FinancialYear year, List<YearMonth> closed) {
        List<String> closedMonths = closed.stream().sorted().map(YearMonth::toString).toList();
        List<FinancialMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(year.startDate); !m.atDay(1).isAfter(year.endDate); m = m.plusMonths(1)) {
            months.add(new FinancialMonth(m.toString(), "Q" + FinancialYears.quarterOf(m.atDay(1)), m.atDay(1),
                    m.atEndOfMonth(), closed.contains(m)));
        }
        return new FinancialYearResponse(year.label, year.startDate, year.endDate, closedMonths, months, year.version);
    }

    public static YearRef ref(FinancialYear year) {
        return new YearRef(year.label, year.startDate, year.endDate);
    }
}
