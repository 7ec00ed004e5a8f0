package uk.csit.tracker.finance.mapping;

import java.time.YearMonth;
import uk.csit.tracker.finance.domain.Forecast;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.ForecastResponse;
import uk.csit.tracker.finance.service.Money;

/** A month's forecast outturn as the API shows it, the month written YYYY-MM. */
public final class ForecastMapper {

    private ForecastMapper() {
    }

    public static ForecastResponse toResponse(Forecast f, String allocationRef) {
        return new ForecastResponse(allocationRef, YearMonth.from(f.month).toString(), Money.pounds(f.forecastOutturn),
                f.recordedBy, f.recordedAt);
    }
}
