package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.Forecast;
import uk.csit.tracker.finance.mapping.ForecastMapper;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.ForecastRequest;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.ForecastResponse;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContext;

/** Each month's forecast outturn of an allocation: the latest is the allocation's outturn. */
@ApplicationScoped
public class ForecastService {

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Inject
    RequestContext request;

    @Inject
    AllocationChanges allocationChanges;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ForecastResponse> forecasts(String allocationRef) {
        Allocation allocation = Allocation.<Allocation>find("ref", allocationRef).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("allocation", allocationRef));
        return Forecast.<Forecast>list("allocationId = ?1 order by month", allocation.id).stream()
                .map(f -> ForecastMapper.toResponse(f, allocation.ref)).toList();
    }

    /** Records a month's forecast; a month already forecast is kept as it was (the next month's is recorded instead). */
    @Transactional
    public ForecastResponse createForecast(ForecastRequest body) {
        Allocation allocation = Allocation.<Allocation>find("ref", body.allocationRef()).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable("allocationRef", "no allocation has this ref"));
        FinancialYear year = FinancialYear.findById(allocation.financialYearId);
        LocalDate month = FinancialYears.month(body.month(), "month");
        if (month.isBefore(year.startDate) || month.isAfter(year.endDate)) {
            throw ProblemException.unprocessable("month", body.month() + " is not in " + year.label);
        }
        if (Forecast.count("allocationId = ?1 and month = ?2", allocation.id, month) > 0) {
            throw ProblemException.conflict("A forecast for " + body.month() + " is already recorded for " + allocation.ref
                    + "; record the next month's.");
        }
        AllocationChanges.Touched touched = allocationChanges.touched();
        touched.note(allocation);
        Forecast forecast = new Forecast();
        forecast.allocationId = allocation.id;
        forecast.month = month;
        forecast.forecastOutturn = Money.pounds(body.forecastOutturnGbp());
        forecast.recordedBy = request.actor();
        forecast.persistAndFlush();
        em.refresh(forecast);
        ForecastResponse response = ForecastMapper.toResponse(forecast, allocation.ref);
        changes.created("forecasts", allocation.ref + "/" + body.month(), response);
        touched.record();
        return response;
    }
}
