package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.SpendEntry;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendImportResult;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendRequest;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendResponse;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.kit.request.RequestContext;

/** Spend against allocations: single lines, reversals and whole finance-system extracts. */
@ApplicationScoped
public class SpendService {

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Inject
    RequestContext request;

    @Inject
    FinancialYearService years;

    @Inject
    AllocationChanges allocationChanges;

    @Inject
    SpendReads reads;

    /** A page of the spend the filters select, by date; no page is every entry (an export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SpendResponse> spend(String allocationRef, String yearLabel, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (allocationRef != null) {
            where.append(" and s.allocationId = :allocation");
            parameters.put("allocation", Allocation.<Allocation>find("ref", allocationRef).firstResultOptional()
                    .map(a -> a.id).orElse(-1L));
        }
        if (yearLabel != null) {
            where.append(" and s.allocationId in (select a.id from Allocation a where a.financialYearId = :year)");
            parameters.put("year", years.filterYear("financialYear", yearLabel).id);
        }
        return new FilteredList(em, "SpendEntry s", where.toString(), parameters)
                .read(SpendEntry.class, "order by s.spendDate, s.id", page, reads::responses);
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
        return SpendEntry.<SpendEntry>find("externalId", externalId).firstResultOptional().map(reads::response);
    }

    /** Records a spend line; the same line sent again (same externalId and content) answers with the existing entry. */
    @Transactional
    public Recorded<SpendResponse> recordSpend(SpendRequest body) {
        AllocationChanges.Touched touched = allocationChanges.touched();
        Recorded<SpendResponse> recorded = recordSpend(body, touched);
        touched.record();
        return recorded;
    }

    /** Records one spend line; the allocation it is against is noted in {@code touched} as it was before. */
    private Recorded<SpendResponse> recordSpend(SpendRequest body, AllocationChanges.Touched touched) {
        Optional<SpendEntry> existing = SpendEntry.<SpendEntry>find("externalId", body.externalId()).firstResultOptional();
        if (existing.isPresent()) {
            SpendResponse known = reads.response(existing.get());
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
        touched.note(allocation);
        if (body.date().isBefore(year.startDate) || body.date().isAfter(year.endDate)) {
            throw ProblemException.unprocessable("date", "must be within the allocation's financial year " + year.label
                    + " (" + year.startDate + " to " + year.endDate + ")");
        }
        if (years.closed(year, body.date())) {
            throw ProblemException.conflict("The month " + YearMonth.from(body.date()) + " is closed to spend.");
        }
        SpendEntry entry = new SpendEntry();
        if (body.reversesExternalId() != null) {
            entry.reversesId = reversible(body, allocation).id;
        }
        entry.externalId = body.externalId();
        entry.allocationId = allocation.id;
        entry.spendDate = body.date();
        entry.amount = Money.pounds(body.amountGbp());
        entry.description = body.description();
        entry.supplier = body.supplier();
        entry.recordedBy = request.actor();
        entry.persistAndFlush();
        em.refresh(entry);
        SpendResponse response = reads.response(entry);
        changes.created("spend", entry.externalId, response);
        return new Recorded<>(response, true);
    }

    /** The entry a reversal names, if it may be reversed by this line: once, in full or in part, on its allocation. */
    private static SpendEntry reversible(SpendRequest body, Allocation allocation) {
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
        return reversed;
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
        BigDecimal total = Money.ZERO;
        AllocationChanges.Touched touched = allocationChanges.touched();
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
        touched.record();
        return new SpendImportResult(lines.size(), created, known, total);
    }

    private static boolean sameLine(SpendResponse known, SpendRequest body) {
        return known.allocationRef().equals(body.allocationRef()) && known.date().equals(body.date())
                && known.amountGbp().compareTo(body.amountGbp()) == 0 && known.description().equals(body.description())
                && Objects.equals(known.supplier(), body.supplier())
                && Objects.equals(known.reversesExternalId(), body.reversesExternalId());
    }
}
