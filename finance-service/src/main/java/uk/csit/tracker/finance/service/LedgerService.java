package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.domain.AllocationVariation;
import uk.csit.tracker.finance.domain.ContextFigure;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.Forecast;
import uk.csit.tracker.finance.domain.FundingSource;
import uk.csit.tracker.finance.domain.SpendEntry;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.*;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.kit.request.RequestContext;

/** Financial years, funding, allocations with their variations, spend and forecasts, and context figures. */
@ApplicationScoped
public class LedgerService {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Inject
    RequestContext request;

    // ---- financial years

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FinancialYearResponse> years() {
        return FinancialYear.<FinancialYear>list("order by startDate desc").stream().map(this::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FinancialYearResponse> year(String label) {
        return FinancialYear.<FinancialYear>find("label", label).firstResultOptional().map(this::toResponse);
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
        FinancialYearResponse response = toResponse(year);
        changes.created("financial-years", year.label, response);
        return response;
    }

    @Transactional
    public FinancialYearResponse closeMonth(String label, String month, boolean close) {
        FinancialYear year = FinancialYear.<FinancialYear>find("label", label).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("financial year", label));
        LocalDate first = month(month, "month");
        if (first.isBefore(year.startDate) || first.isAfter(year.endDate)) {
            throw ProblemException.unprocessable("month", month + " is not in " + label);
        }
        FinancialYearResponse before = toResponse(year);
        if (close) {
            em.createNativeQuery("insert into closed_month (financial_year_id, month, closed_by) values (?1, ?2, ?3)"
                            + " on conflict do nothing")
                    .setParameter(1, year.id).setParameter(2, Date.valueOf(first)).setParameter(3, request.actor())
                    .executeUpdate();
        } else if (em.createNativeQuery("delete from closed_month where financial_year_id = ?1 and month = ?2")
                .setParameter(1, year.id).setParameter(2, Date.valueOf(first)).executeUpdate() == 0) {
            throw ProblemException.notFound("closed month", month);
        }
        FinancialYearResponse after = toResponse(year);
        changes.updated("financial-years", label, before, after);
        return after;
    }

    /** The year a filter names: a label that is not a recorded year is a bad filter (400). */
    FinancialYear yearEntity(String field, String label) {
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

    @SuppressWarnings("unchecked")
    FinancialYearResponse toResponse(FinancialYear year) {
        List<Object> closed = em.createNativeQuery("select month from closed_month where financial_year_id = ?1 order by month")
                .setParameter(1, year.id).getResultList();
        List<String> closedMonths = closed.stream().map(d -> YearMonth.from(localDate(d)).toString()).toList();
        List<FinancialMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(year.startDate); !m.atDay(1).isAfter(year.endDate); m = m.plusMonths(1)) {
            months.add(new FinancialMonth(m.toString(), "Q" + FinancialYears.quarterOf(m.atDay(1)), m.atDay(1),
                    m.atEndOfMonth(), closedMonths.contains(m.toString())));
        }
        return new FinancialYearResponse(year.label, year.startDate, year.endDate, closedMonths, months, year.version);
    }

    static YearRef ref(FinancialYear year) {
        return new YearRef(year.label, year.startDate, year.endDate);
    }

    // ---- funding sources

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingSourceResponse> fundingSources() {
        return FundingSource.<FundingSource>list("order by ref").stream().map(LedgerService::toResponse).toList();
    }

    @Transactional
    public FundingSourceResponse createFundingSource(FundingSourceRequest body) {
        if (FundingSource.count("ref", body.ref()) > 0) {
            throw ProblemException.conflict("A funding source with ref '" + body.ref() + "' already exists.");
        }
        FundingSource source = new FundingSource();
        source.ref = body.ref();
        source.name = body.name();
        source.type = body.type();
        source.repaymentTermYears = body.repaymentTermYears();
        source.source = body.source();
        source.persistAndFlush();
        FundingSourceResponse response = toResponse(source);
        changes.created("funding-sources", source.ref, response);
        return response;
    }

    static FundingSourceResponse toResponse(FundingSource s) {
        return new FundingSourceResponse(s.ref, s.name, s.type, s.repaymentTermYears, s.source, s.version);
    }

    // ---- allocations

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AllocationResponse> allocations(String yearLabel, AllocationCategory category, List<String> priorities,
            String actionRef, PageRequest page) {
        Long yearId = yearLabel == null ? null : yearEntity("financialYear", yearLabel).id;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (yearId != null) {
            where.append(" and a.financialYearId = :year");
        }
        if (category != null) {
            where.append(" and a.category = :category");
        }
        if (!priorities.isEmpty()) {
            where.append(" and a.priorityRef in :priorities");
        }
        if (actionRef != null) {
            where.append(" and a.actionRef = :action");
        }
        var count = em.createQuery("select count(a) from Allocation a" + where, Long.class);
        var select = em.createQuery("select a from Allocation a" + where + " order by a.ref", Allocation.class);
        for (var query : List.of(count, select)) {
            if (yearId != null) {
                query.setParameter("year", yearId);
            }
            if (category != null) {
                query.setParameter("category", category);
            }
            if (!priorities.isEmpty()) {
                query.setParameter("priorities", priorities);
            }
            if (actionRef != null) {
                query.setParameter("action", actionRef);
            }
        }
        if (page == null) {
            return Page.of(select.getResultList().stream().map(this::toResponse).toList(), PageRequest.first(1), -1);
        }
        List<AllocationResponse> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(this::toResponse).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** Every allocation the filters select, for an export: not paged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AllocationResponse> allAllocations(String yearLabel, AllocationCategory category, List<String> priorities,
            String actionRef) {
        return allocations(yearLabel, category, priorities, actionRef, null).items();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AllocationResponse> allocation(String ref) {
        return Allocation.<Allocation>find("ref", ref).firstResultOptional().map(this::toResponse);
    }

    @Transactional
    public AllocationResponse createAllocation(AllocationRequest body) {
        if (Allocation.count("ref", body.ref()) > 0) {
            throw ProblemException.conflict("An allocation with ref '" + body.ref() + "' already exists.");
        }
        FinancialYear year = writtenYear("financialYear", body.financialYear());
        if (body.approvedDate() != null && body.approvedDate().isAfter(year.endDate)) {
            throw ProblemException.unprocessable("approvedDate", "must not be after the end of " + year.label);
        }
        Allocation allocation = new Allocation();
        allocation.ref = body.ref();
        allocation.financialYearId = year.id;
        allocation.category = body.category();
        allocation.amount = body.amountGbp().setScale(2);
        allocation.originalAmount = allocation.amount;
        allocation.fundingSourceId = body.fundingSourceRef() == null ? null
                : FundingSource.<FundingSource>find("ref", body.fundingSourceRef()).firstResultOptional().map(f -> f.id)
                        .orElseThrow(() -> ProblemException.unprocessable("fundingSourceRef", "no funding source has this ref"));
        allocation.purpose = body.purpose();
        allocation.approvedBy = body.approvedBy();
        allocation.approvedDate = body.approvedDate();
        allocation.sourceDocument = body.sourceDocument();
        allocation.priorityRef = body.priorityRef();
        allocation.actionRef = body.actionRef();
        allocation.persistAndFlush();
        AllocationResponse response = toResponse(allocation);
        changes.created("allocations", allocation.ref, response);
        return response;
    }

    @Transactional
    public AllocationResponse vary(String ref, String ifMatch, VariationRequest body) {
        Allocation allocation = Allocation.<Allocation>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("allocation", ref));
        Preconditions.requireIfMatch(ifMatch, allocation.version);
        BigDecimal amount = body.amountGbp().setScale(2);
        if (amount.compareTo(allocation.amount) == 0) {
            throw ProblemException.conflict("The allocation is already " + amount + "; a variation changes the amount.");
        }
        AllocationResponse before = toResponse(allocation);
        AllocationVariation variation = new AllocationVariation();
        variation.allocationId = allocation.id;
        variation.fromAmount = allocation.amount;
        variation.toAmount = amount;
        variation.reason = body.reason();
        variation.variedOn = body.date();
        variation.variedBy = request.actor();
        variation.persist();
        allocation.amount = amount;
        em.flush();
        AllocationResponse after = toResponse(allocation);
        changes.updated("allocations", ref, before, after);
        return after;
    }

    @SuppressWarnings("unchecked")
    AllocationResponse toResponse(Allocation a) {
        FinancialYear year = FinancialYear.findById(a.financialYearId);
        Object[] money = (Object[]) em.createNativeQuery("""
                select coalesce((select sum(amount) from spend_entry where allocation_id = ?1), 0),
                       (select forecast_outturn from forecast where allocation_id = ?1 order by month desc limit 1)""")
                .setParameter(1, a.id).getSingleResult();
        BigDecimal spent = ((BigDecimal) money[0]).setScale(2);
        BigDecimal forecast = money[1] == null ? spent : ((BigDecimal) money[1]).setScale(2);
        List<VariationResponse> variations = AllocationVariation.<AllocationVariation>list("allocationId = ?1 order by id", a.id)
                .stream().map(v -> new VariationResponse(v.fromAmount, v.toAmount, v.reason, v.variedOn, v.variedBy,
                        v.recordedAt)).toList();
        String fundingRef = a.fundingSourceId == null ? null : FundingSource.<FundingSource>findById(a.fundingSourceId).ref;
        return new AllocationResponse(a.ref, ref(year), a.category, a.amount.setScale(2), a.originalAmount.setScale(2),
                fundingRef, a.purpose, a.approvedBy, a.approvedDate, a.sourceDocument, a.priorityRef, a.actionRef, spent,
                forecast, a.amount.subtract(forecast).setScale(2), variations, a.version);
    }

    // ---- spend

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SpendResponse> spend(String allocationRef, String yearLabel, PageRequest page) {
        Long allocationId = allocationRef == null ? null : Allocation.<Allocation>find("ref", allocationRef)
                .firstResultOptional().map(a -> a.id).orElse(-1L);
        Long yearId = yearLabel == null ? null : yearEntity("financialYear", yearLabel).id;
        String where = " where 1 = 1" + (allocationId == null ? "" : " and s.allocationId = :allocation")
                + (yearId == null ? "" : " and s.allocationId in (select a.id from Allocation a where a.financialYearId = :year)");
        var count = em.createQuery("select count(s) from SpendEntry s" + where, Long.class);
        var select = em.createQuery("select s from SpendEntry s" + where + " order by s.spendDate, s.id", SpendEntry.class);
        for (var query : List.of(count, select)) {
            if (allocationId != null) {
                query.setParameter("allocation", allocationId);
            }
            if (yearId != null) {
                query.setParameter("year", yearId);
            }
        }
        if (page == null) {
            return Page.of(select.getResultList().stream().map(LedgerService::toResponse).toList(), PageRequest.first(1), -1);
        }
        List<SpendResponse> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(LedgerService::toResponse).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** The category of each allocation the entries are against, by allocation ref. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, AllocationCategory> categoriesOf(List<SpendResponse> entries) {
        List<String> refs = entries.stream().map(SpendResponse::allocationRef).distinct().toList();
        Map<String, AllocationCategory> categories = new HashMap<>();
        if (!refs.isEmpty()) {
            em.createQuery("select a.ref, a.category from Allocation a where a.ref in :refs", Object[].class)
                    .setParameter("refs", refs).getResultList()
                    .forEach(row -> categories.put((String) row[0], (AllocationCategory) row[1]));
        }
        return categories;
    }

    /** Every spend entry the filters select, by date, for an export: not paged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SpendResponse> allSpend(String allocationRef, String yearLabel) {
        return spend(allocationRef, yearLabel, null).items();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SpendResponse> spendEntry(String externalId) {
        return SpendEntry.<SpendEntry>find("externalId", externalId).firstResultOptional().map(LedgerService::toResponse);
    }

    /** Records a spend line; the same line sent again (same externalId and content) answers with the existing entry. */
    @Transactional
    public Recorded<SpendResponse> recordSpend(SpendRequest body) {
        Map<Long, AllocationResponse> touched = new LinkedHashMap<>();
        Recorded<SpendResponse> recorded = recordSpend(body, touched);
        allocationsChanged(touched);
        return recorded;
    }

    /**
     * Records one spend line; the allocation it is against is noted in {@code touched}, as it was before the first
     * line against it, so that its change (spent, forecast outturn, variance) is recorded once however many lines.
     */
    private Recorded<SpendResponse> recordSpend(SpendRequest body, Map<Long, AllocationResponse> touched) {
        Optional<SpendEntry> existing = SpendEntry.<SpendEntry>find("externalId", body.externalId()).firstResultOptional();
        if (existing.isPresent()) {
            SpendResponse known = toResponse(existing.get());
            if (!sameLine(known, body)) {
                throw ProblemException.conflict("A different spend line with externalId '" + body.externalId()
                        + "' is already recorded.");
            }
            return new Recorded<>(known, false);
        }
        Allocation allocation = Allocation.<Allocation>find("ref", body.allocationRef())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable("allocationRef", "no allocation has this ref"));
        FinancialYear year = FinancialYear.findById(allocation.financialYearId);
        touched.computeIfAbsent(allocation.id, id -> toResponse(allocation));
        if (body.date().isBefore(year.startDate) || body.date().isAfter(year.endDate)) {
            throw ProblemException.unprocessable("date", "must be within the allocation's financial year " + year.label
                    + " (" + year.startDate + " to " + year.endDate + ")");
        }
        if (((Number) em.createNativeQuery("select count(*) from closed_month where financial_year_id = ?1 and month = ?2")
                .setParameter(1, year.id).setParameter(2, Date.valueOf(body.date().withDayOfMonth(1)))
                .getSingleResult()).longValue() > 0) {
            throw ProblemException.conflict("The month " + YearMonth.from(body.date()) + " is closed to spend.");
        }
        SpendEntry entry = new SpendEntry();
        if (body.reversesExternalId() != null) {
            SpendEntry reversed = SpendEntry.<SpendEntry>find("externalId", body.reversesExternalId()).firstResultOptional()
                    .orElseThrow(() -> ProblemException.unprocessable("reversesExternalId", "no spend entry has this externalId"));
            if (!reversed.allocationId.equals(allocation.id)) {
                throw ProblemException.unprocessable("reversesExternalId", "the entry reversed is against another allocation");
            }
            if (reversed.amount.signum() < 0) {
                throw ProblemException.unprocessable("reversesExternalId", "a reversal cannot itself be reversed");
            }
            if (SpendEntry.count("reversesId", reversed.id) > 0) {
                throw ProblemException.conflict("Spend entry '" + body.reversesExternalId() + "' is already reversed.");
            }
            if (body.amountGbp().negate().compareTo(reversed.amount) > 0) {
                throw ProblemException.unprocessable("amountGbp", "a reversal cannot exceed the entry it reverses ("
                        + reversed.amount + ")");
            }
            entry.reversesId = reversed.id;
        }
        entry.externalId = body.externalId();
        entry.allocationId = allocation.id;
        entry.spendDate = body.date();
        entry.amount = body.amountGbp().setScale(2);
        entry.description = body.description();
        entry.supplier = body.supplier();
        entry.recordedBy = request.actor();
        entry.persistAndFlush();
        em.refresh(entry);
        SpendResponse response = toResponse(entry);
        changes.created("spend", entry.externalId, response);
        return new Recorded<>(response, true);
    }

    /**
     * Records the lines of a finance-system extract, all or nothing. Each line is checked as
     * {@link #recordSpend} checks one, in file order (a reversal may name a line earlier in the same
     * file); a line whose externalId is already recorded with the same content adds nothing. Any bad
     * line fails the whole import with a 400 naming every bad line and why; nothing is kept.
     */
    @Transactional
    public SpendImportResult importSpend(List<SpendImportLine> lines) {
        List<FieldError> errors = new ArrayList<>();
        int created = 0;
        int known = 0;
        BigDecimal total = ZERO;
        Map<Long, AllocationResponse> touched = new LinkedHashMap<>();
        for (SpendImportLine line : lines) {
            if (!line.errors().isEmpty()) {
                errors.addAll(line.errors());
                continue;
            }
            try {
                Recorded<SpendResponse> recorded = recordSpend(line.request(), touched);
                if (recorded.created()) {
                    created++;
                    total = total.add(recorded.value().amountGbp());
                } else {
                    known++;
                }
            } catch (ProblemException e) {
                if (e.errors().isEmpty()) {
                    errors.add(new FieldError(SpendImportLine.field(line.line(), null), e.getMessage()));
                } else {
                    for (FieldError error : e.errors()) {
                        errors.add(new FieldError(SpendImportLine.field(line.line(), error.field()), error.message()));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() == 1
                    ? "1 problem in the file; nothing was imported."
                    : errors.size() + " problems in the file; nothing was imported.", errors);
        }
        allocationsChanged(touched);
        return new SpendImportResult(lines.size(), created, known, total);
    }

    /**
     * An allocation shows its spend, forecast outturn and variance: a write that changes them changes the allocation,
     * and the change feed says so, once per allocation.
     */
    private void allocationsChanged(Map<Long, AllocationResponse> before) {
        if (before.isEmpty()) {
            return;
        }
        em.flush();
        before.forEach((id, was) -> {
            AllocationResponse now = toResponse(Allocation.<Allocation>findById(id));
            if (!now.equals(was)) {
                changes.updated("allocations", now.ref(), was, now);
            }
        });
    }

    /** What a write did: created, or found an identical record already there. */
    public record Recorded<T>(T value, boolean created) {
    }

    private static boolean sameLine(SpendResponse known, SpendRequest body) {
        return known.allocationRef().equals(body.allocationRef()) && known.date().equals(body.date())
                && known.amountGbp().compareTo(body.amountGbp()) == 0 && known.description().equals(body.description())
                && Objects.equals(known.supplier(), body.supplier())
                && Objects.equals(known.reversesExternalId(), body.reversesExternalId());
    }

    static SpendResponse toResponse(SpendEntry s) {
        Allocation allocation = Allocation.findById(s.allocationId);
        FinancialYear year = FinancialYear.findById(allocation.financialYearId);
        String reverses = s.reversesId == null ? null : SpendEntry.<SpendEntry>findById(s.reversesId).externalId;
        return new SpendResponse(s.externalId, allocation.ref, ref(year), s.spendDate, s.amount.setScale(2),
                s.description, s.supplier, reverses, s.recordedBy, s.recordedAt);
    }

    // ---- forecasts

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ForecastResponse> forecasts(String allocationRef) {
        Allocation allocation = Allocation.<Allocation>find("ref", allocationRef).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("allocation", allocationRef));
        return Forecast.<Forecast>list("allocationId = ?1 order by month", allocation.id).stream()
                .map(f -> toResponse(f, allocation.ref)).toList();
    }

    @Transactional
    public ForecastResponse createForecast(ForecastRequest body) {
        Allocation allocation = Allocation.<Allocation>find("ref", body.allocationRef()).firstResultOptional()
                .orElseThrow(() -> ProblemException.unprocessable("allocationRef", "no allocation has this ref"));
        FinancialYear year = FinancialYear.findById(allocation.financialYearId);
        LocalDate month = month(body.month(), "month");
        if (month.isBefore(year.startDate) || month.isAfter(year.endDate)) {
            throw ProblemException.unprocessable("month", body.month() + " is not in " + year.label);
        }
        if (Forecast.count("allocationId = ?1 and month = ?2", allocation.id, month) > 0) {
            throw ProblemException.conflict("A forecast for " + body.month() + " is already recorded for " + allocation.ref
                    + "; record the next month's.");
        }
        Map<Long, AllocationResponse> touched = new LinkedHashMap<>();
        touched.put(allocation.id, toResponse(allocation));
        Forecast forecast = new Forecast();
        forecast.allocationId = allocation.id;
        forecast.month = month;
        forecast.forecastOutturn = body.forecastOutturnGbp().setScale(2);
        forecast.recordedBy = request.actor();
        forecast.persistAndFlush();
        em.refresh(forecast);
        ForecastResponse response = toResponse(forecast, allocation.ref);
        changes.created("forecasts", allocation.ref + "/" + body.month(), response);
        allocationsChanged(touched);
        return response;
    }

    static ForecastResponse toResponse(Forecast f, String allocationRef) {
        return new ForecastResponse(allocationRef, YearMonth.from(f.month).toString(), f.forecastOutturn.setScale(2),
                f.recordedBy, f.recordedAt);
    }

    // ---- context figures

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContextFigureDto> contextFigures(String subject) {
        return (subject == null ? ContextFigure.<ContextFigure>list("order by subject, ref")
                : ContextFigure.<ContextFigure>list("subject = ?1 order by ref", subject))
                .stream().map(LedgerService::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContextFigureDto> contextFigure(String ref) {
        return ContextFigure.<ContextFigure>find("ref", ref).firstResultOptional().map(LedgerService::toResponse);
    }

    @Transactional
    public ContextFigureDto saveContextFigure(String ref, String ifMatch, ContextFigureDto body) {
        String yearLabel = yearLabel(body.financialYear());
        ContextFigure figure;
        ContextFigureDto before = null;
        if (ref == null) {
            if (ContextFigure.count("ref", body.ref()) > 0) {
                throw ProblemException.conflict("A context figure with ref '" + body.ref() + "' already exists.");
            }
            figure = new ContextFigure();
        } else {
            if (!ref.equals(body.ref())) {
                throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
            }
            figure = ContextFigure.<ContextFigure>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .firstResultOptional().orElseThrow(() -> ProblemException.notFound("context figure", ref));
            Preconditions.requireIfMatch(ifMatch, figure.version);
            before = toResponse(figure);
        }
        // One writer per subject at a time, so that two figures never both take (or both give up) its use.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('context_figure:' || ?1))")
                .setParameter(1, body.subject()).getSingleResult();
        // Exactly one figure in use per subject: the first figure of a subject is in use unless another is
        // marked; a figure stops being in use only by another taking over.
        boolean othersInUse = ContextFigure.count("subject = ?1 and inUse = true and ref <> ?2", body.subject(),
                body.ref()) > 0;
        boolean inUse = body.inUse() == null ? (before != null && before.inUse() && before.subject().equals(body.subject()))
                || !othersInUse : body.inUse();
        if (!inUse && !othersInUse) {
            throw ProblemException.conflict("Every subject has exactly one figure in use, and '" + body.subject()
                    + "' has no other: mark another figure of it in use instead.");
        }
        if (before != null && before.inUse() && !before.subject().equals(body.subject())
                && ContextFigure.count("subject = ?1 and ref <> ?2", before.subject(), ref) > 0) {
            throw ProblemException.conflict("'" + ref + "' is the figure in use for '" + before.subject()
                    + "': mark another figure of that subject in use before moving it.");
        }
        if (inUse) {
            // One figure in use per subject: taking it over is part of the same change.
            for (ContextFigure other : ContextFigure.<ContextFigure>list("subject = ?1 and inUse = true", body.subject())) {
                if (!other.ref.equals(body.ref())) {
                    ContextFigureDto otherBefore = toResponse(other);
                    other.inUse = false;
                    em.flush();
                    changes.updated("context-figures", other.ref, otherBefore, toResponse(other));
                }
            }
        }
        figure.ref = body.ref();
        figure.subject = body.subject();
        figure.description = body.description();
        figure.amount = body.amountGbp().setScale(2);
        figure.financialYear = yearLabel;
        figure.source = body.source();
        figure.inUse = inUse;
        figure.persistAndFlush();
        ContextFigureDto after = toResponse(figure);
        if (before == null) {
            changes.created("context-figures", figure.ref, after);
        } else {
            changes.updated("context-figures", figure.ref, before, after);
        }
        return after;
    }

    static ContextFigureDto toResponse(ContextFigure f) {
        YearRef year = null;
        if (f.financialYear != null) {
            LocalDate start = FinancialYears.start("financialYear", f.financialYear);
            year = new YearRef(f.financialYear, start, FinancialYears.end(start));
        }
        return new ContextFigureDto(f.ref, f.subject, f.description, f.amount.setScale(2), year, f.source, f.inUse,
                f.version);
    }

    /** The label of a financial year as written, checked: its dates, when given, must be the year's. */
    static String yearLabel(YearRef written) {
        if (written == null) {
            return null;
        }
        LocalDate start = FinancialYears.startWritten("financialYear", written.label());
        if (written.startDate() != null && !written.startDate().equals(start)) {
            throw ProblemException.unprocessable("financialYear.startDate", "must be " + start + ", the start of " + written.label());
        }
        if (written.endDate() != null && !written.endDate().equals(FinancialYears.end(start))) {
            throw ProblemException.unprocessable("financialYear.endDate", "must be " + FinancialYears.end(start) + ", the end of "
                    + written.label());
        }
        return written.label();
    }

    /** A month written YYYY-MM; one of that form that is no month (2024-13) breaks a rule (422), any other is invalid. */
    static LocalDate month(String value, String field) {
        try {
            return YearMonth.parse(value).atDay(1);
        } catch (DateTimeParseException | NullPointerException e) {
            if (value != null && value.matches("\\d{4}-\\d{2}")) {
                throw ProblemException.unprocessable(field, value + " is not a month");
            }
            throw ProblemException.invalid(field, "must be a month written YYYY-MM");
        }
    }

    /** A date column read by a native query, whichever type the driver gives. */
    static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
