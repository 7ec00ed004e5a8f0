package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.mapping.FinancialYearMapper;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.BudgetPosition;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FinanceSummary;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.Group;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SummaryYear;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.Totals;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;
import uk.csit.tracker.kit.data.ReadCache;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * The budget position and the finance summary, as SQL aggregates. An allocation's forecast
 * outturn is its latest forecast, or its spend to date where none is recorded.
 */
@ApplicationScoped
public class PositionService {

    /** Each allocation with its spend to date (kept on the allocation by the database, V4) and forecast outturn. */
    private static final String ALLOCATIONS = """
            (select a.id, a.financial_year_id, a.category, a.priority_ref, a.amount,
                    a.spent_total as spent,
                    coalesce(f.forecast_outturn, a.spent_total) as forecast,
                    fs.ref as funding_source_ref
               from allocation a
               left join funding_source fs on fs.id = a.funding_source_id
               left join lateral (select forecast_outturn from forecast fc where fc.allocation_id = a.id
                                   order by fc.month desc limit 1) f on true) x
            """;

    /**
     * Each allocation as it stood at the end of day ?1, rebuilt from history (changed since cutoff ?2:
     * as before its first change after it; made since: left out), approved by then, with its spend
     * dated by then and its latest forecast for a month begun by then.
     */
    private static final String ALLOCATIONS_THEN = """
            (select a.id, a.financial_year_id, a.category, a.priority_ref, a.amount,
                    coalesce(s.spent, 0) as spent,
                    coalesce(f.forecast_outturn, coalesce(s.spent, 0)) as forecast
               from (with changed as %s
                     select a.id, a.financial_year_id, a.category, a.priority_ref, a.amount, a.approved_date
                       from allocation a where a.ref not in (select c.ref from changed c)
                     union all
                     select a.id, y.id, c.then ->> 'category', c.then ->> 'priorityRef',
                            cast(c.then ->> 'amountGbp' as numeric), cast(c.then ->> 'approvedDate' as date)
                       from changed c join allocation a on a.ref = c.ref
                       join financial_year y on y.label = c.then -> 'financialYear' ->> 'label'
                      where c.then is not null) a
               left join (select allocation_id, sum(amount) as spent from spend_entry
                           where spend_date <= cast(?1 as date) group by allocation_id) s on s.allocation_id = a.id
               left join lateral (select forecast_outturn from forecast fc where fc.allocation_id = a.id
                                     and fc.month <= cast(?1 as date)
                                   order by fc.month desc limit 1) f on true
              where a.approved_date is null or a.approved_date <= cast(?1 as date)) x
            """.formatted(AsOf.changedSince("allocations", 2));

    private static final Map<String, String> GROUP_KEYS = Map.of(
            "category", "x.category",
            "priority", "coalesce(x.priority_ref, '(none)')",
            "fundingSource", "coalesce(x.funding_source_ref, '(none)')");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReadCache readCache;

    /** A year's position, kept by the read cache (dashboards ask for the same one again and again). */
    public BudgetPosition position(String label, String groupBy) {
        return readCache.get("budget-position " + label + " " + groupBy, () -> read(label, groupBy));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    BudgetPosition read(String label, String groupBy) {
        FinancialYear year = label == null ? current() : FinancialYear.<FinancialYear>find("label",
                        validLabel(label)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("financial year", label));
        String grouping = groupBy == null || groupBy.isBlank() ? "category" : groupBy.trim();
        List<Group> groups = new ArrayList<>();
        if (GROUP_KEYS.containsKey(grouping)) {
            for (Object[] row : (List<Object[]>) em.createNativeQuery("select " + GROUP_KEYS.get(grouping)
                            + ", sum(x.amount), sum(x.spent), sum(x.forecast) from " + ALLOCATIONS
                            + " where x.financial_year_id = ?1 group by 1 order by 1")
                    .setParameter(1, year.id).getResultList()) {
                BigDecimal allocated = Money.column(row[1]);
                BigDecimal spent = Money.column(row[2]);
                BigDecimal forecast = Money.column(row[3]);
                groups.add(new Group((String) row[0], allocated, spent, forecast, allocated.subtract(forecast),
                        Money.percent(spent, allocated), null, null));
            }
        } else if (grouping.equals("month") || grouping.equals("quarter")) {
            // Every period of the year, April first, even those with no spend; the spend dated in each, the
            // spend from the start of the year to its end, and how much of the year is gone at its end.
            boolean month = grouping.equals("month");
            String sql = """
                    select p.key, p.spent, sum(p.spent) over (order by p.period_start) as cumulative,
                           (select coalesce(sum(a.amount), 0) from allocation a where a.financial_year_id = ?1),
                           round(100.0 * ((p.period_end - y.start_date) + 1) / ((y.end_date - y.start_date) + 1), 1)
                      from (select %s as key, g.period_start, g.period_end,
                                   (select coalesce(sum(s.amount), 0) from spend_entry s
                                      join allocation a on a.id = s.allocation_id
                                     where a.financial_year_id = ?1
                                       and s.spend_date between g.period_start and g.period_end) as spent
                              from (select cast(m as date) as period_start,
                                           cast(m + interval '%d month' - interval '1 day' as date) as period_end
                                      from financial_year fy,
                                           generate_series(fy.start_date, fy.end_date, interval '%d month') m
                                     where fy.id = ?1) g) p
                      join financial_year y on y.id = ?1
                     order by p.period_start""".formatted(month ? "to_char(g.period_start, 'YYYY-MM')"
                    : "'Q' || ((cast(extract(month from g.period_start) as int) + 8) % 12 / 3 + 1)", month ? 1 : 3, month ? 1 : 3);
            for (Object[] row : (List<Object[]>) em.createNativeQuery(sql).setParameter(1, year.id).getResultList()) {
                BigDecimal cumulative = Money.column(row[2]);
                groups.add(new Group((String) row[0], null, Money.column(row[1]), null, null,
                        Money.percent(cumulative, Money.column(row[3])), cumulative,
                        new BigDecimal(row[4].toString()).setScale(1)));
            }
        } else {
            throw ProblemException.invalid("groupBy", "must be one of category, priority, fundingSource, month, quarter");
        }
        Object[] totals = (Object[]) em.createNativeQuery("select coalesce(sum(x.amount), 0), coalesce(sum(x.spent), 0),"
                + " coalesce(sum(x.forecast), 0) from " + ALLOCATIONS + " where x.financial_year_id = ?1")
                .setParameter(1, year.id).getSingleResult();
        BigDecimal allocated = Money.column(totals[0]);
        BigDecimal spent = Money.column(totals[1]);
        BigDecimal forecast = Money.column(totals[2]);
        return new BudgetPosition(clock.instant(), FinancialYearMapper.ref(year), grouping, elapsed(year.startDate, year.endDate),
                new Totals(allocated, spent, forecast, allocated.subtract(forecast), Money.percent(spent, allocated)),
                groups);
    }

    public FinanceSummary summary() {
        return summary(null);
    }

    /**
     * Every financial year's totals, newest first, now or as at the end of a day: then only years
     * begun by that day, with the allocations as they stood (ALLOCATIONS_THEN), and that day's year
     * as the current one.
     */
    public FinanceSummary summary(AsOf asOf) {
        // Today's summary is kept by the read cache: the gateway's status asks for it again and again.
        return asOf == null ? readCache.get("finance-summary", () -> read(null)) : read(asOf);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    FinanceSummary read(AsOf asOf) {
        LocalDate today = asOf == null ? LocalDate.now(clock) : asOf.date();
        LocalDate currentStart = FinancialYears.start("financialYear", FinancialYears.labelOf(today));
        List<SummaryYear> years = new ArrayList<>();
        jakarta.persistence.Query query = em.createNativeQuery("""
                select y.label, y.start_date, y.end_date, coalesce(sum(x.amount), 0), coalesce(sum(x.spent), 0),
                       coalesce(sum(x.forecast), 0), count(x.id)
                  from financial_year y left join """ + (asOf == null ? ALLOCATIONS : ALLOCATIONS_THEN) + """
                 on x.financial_year_id = y.id
                 where cast(?1 as date) is null or y.start_date <= cast(?1 as date)
                 group by y.id, y.label, y.start_date, y.end_date
                 order by y.start_date desc""").setParameter(1, asOf == null ? null : java.sql.Date.valueOf(today));
        if (asOf != null) {
            query.setParameter(2, java.sql.Timestamp.from(asOf.cutoff()));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            LocalDate start = FinancialYears.dateColumn(row[1]);
            LocalDate end = FinancialYears.dateColumn(row[2]);
            BigDecimal allocated = Money.column(row[3]);
            BigDecimal spent = Money.column(row[4]);
            BigDecimal forecast = Money.column(row[5]);
            years.add(new SummaryYear(new YearRef((String) row[0], start, end), allocated, spent, forecast,
                    allocated.subtract(forecast), Money.percent(spent, allocated), elapsed(start, end, today),
                    ((Number) row[6]).longValue()));
        }
        return new FinanceSummary(clock.instant(), new YearRef(FinancialYears.labelOf(today), currentStart,
                FinancialYears.end(currentStart)), years, asOf == null ? null : asOf.date());
    }

    private FinancialYear current() {
        String label = FinancialYears.labelOf(LocalDate.now(clock));
        return FinancialYear.<FinancialYear>find("label", label).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("financial year", label));
    }

    private static String validLabel(String label) {
        FinancialYears.start("financialYear", label);
        return label;
    }

    private BigDecimal elapsed(LocalDate start, LocalDate end) {
        return elapsed(start, end, LocalDate.now(clock));
    }

    /** How much of the year has gone by {@code today}, in percent to one decimal, counted in whole days. */
    static BigDecimal elapsed(LocalDate start, LocalDate end, LocalDate today) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long gone = today.isBefore(start) ? 0 : today.isAfter(end) ? days : ChronoUnit.DAYS.between(start, today) + 1;
        return BigDecimal.valueOf(gone * 100).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
    }
}
