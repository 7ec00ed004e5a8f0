package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.mapping.FinancialYearMapper;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FinancialYearRequest;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FinancialYearResponse;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContext;

/** Financial years and their months closed to spend. */
@ApplicationScoped
public class FinancialYearService {

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Inject
    RequestContext request;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FinancialYearResponse> years() {
        return responses(FinancialYear.list("order by startDate desc"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FinancialYearResponse> year(String label) {
        return FinancialYear.<FinancialYear>find("label", label).firstResultOptional().map(this::response);
    }

    @Transactional
    public FinancialYearResponse createYear(FinancialYearRequest body) {
        LocalDate start = FinancialYears.startWritten("label", body.label());
        LocalDate end = FinancialYears.end(start);
        if (body.startDate() != null && !body.startDate().equals(start)) {
            throw ProblemException.unprocessable("startDate", "must be " + start + " for " + body.label());
        }
        if (body.endDate() != null && !body.endDate().equals(end)) {
            throw ProblemException.unprocessable("endDate", "must be " + end + " for " + body.label());
        }
        if (FinancialYear.count("label", body.label()) > 0) {
            throw ProblemException.conflict("The financial year " + body.label() + " is already recorded.");
        }
        FinancialYear year = new FinancialYear();
        year.label = body.label();
        year.startDate = start;
        year.endDate = end;
        year.persistAndFlush();
        FinancialYearResponse response = response(year);
        changes.created("financial-years", year.label, response);
        return response;
    }

    @Transactional
    public FinancialYearResponse closeMonth(String label, String month, boolean close) {
        FinancialYear year = FinancialYear.<FinancialYear>find("label", label).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("financial year", label));
        LocalDate first = FinancialYears.month(month, "month");
        if (first.isBefore(year.startDate) || first.isAfter(year.endDate)) {
            throw ProblemException.unprocessable("month", month + " is not in " + label);
        }
        FinancialYearResponse before = response(year);
        if (close) {
            em.createNativeQuery("insert into closed_month (financial_year_id, month, closed_by) values (?1, ?2, ?3)"
                            + " on conflict do nothing")
                    .setParameter(1, year.id).setParameter(2, Date.valueOf(first)).setParameter(3, request.actor())
                    .executeUpdate();
        } else if (em.createNativeQuery("delete from closed_month where financial_year_id = ?1 and month = ?2")
                .setParameter(1, year.id).setParameter(2, Date.valueOf(first)).executeUpdate() == 0) {
            throw ProblemException.notFound("closed month", month);
        }
        FinancialYearResponse after = response(year);
        changes.updated("financial-years", label, before, after);
        return after;
    }

    /** Whether spend may no longer be recorded in the month a day is in. */
    boolean closed(FinancialYear year, LocalDate day) {
        return ((Number) em.createNativeQuery("select count(*) from closed_month where financial_year_id = ?1 and month = ?2")
                .setParameter(1, year.id).setParameter(2, Date.valueOf(day.withDayOfMonth(1)))
                .getSingleResult()).longValue() > 0;
    }

    /** The year a filter names: a label that is not a recorded year is a bad filter (400). */
    FinancialYear filterYear(String field, String label) {
        FinancialYears.start(field, label);
        return FinancialYear.<FinancialYear>find("label", label).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid(field, "the financial year " + label + " is not recorded yet"));
    }

    /** The year a request's body names: one not recorded (or no financial year) breaks a rule (422). */
    FinancialYear writtenYear(String field, String label) {
        FinancialYears.startWritten(field, label);
        return FinancialYear.<FinancialYear>find("label", label).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable(field, "the financial year " + label
                        + " is not recorded yet"));
    }

    FinancialYearResponse response(FinancialYear year) {
        return responses(List.of(year)).get(0);
    }

    /** The years as the API shows them, their closed months read in one query. */
    List<FinancialYearResponse> responses(List<FinancialYear> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        Map<Long, List<YearMonth>> closed = new HashMap<>();
        NativeRows.of(em.createNativeQuery("select financial_year_id, month from closed_month where financial_year_id in :ids")
                        .setParameter("ids", years.stream().map(y -> y.id).toList()))
                .forEach(row -> closed.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                        .add(YearMonth.from(FinancialYears.dateColumn(row[1]))));
        return years.stream().map(y -> FinancialYearMapper.toResponse(y, closed.getOrDefault(y.id, List.of()))).toList();
    }
}
