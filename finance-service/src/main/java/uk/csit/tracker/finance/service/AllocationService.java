package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.csit.tracker.finance.domain.Allocation;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.domain.AllocationVariation;
import uk.csit.tracker.finance.domain.FinancialYear;
import uk.csit.tracker.finance.domain.FundingSource;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.AllocationRequest;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.AllocationResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.VariationRequest;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContext;

/** Money approved for a purpose in a financial year, and its variations. */
@ApplicationScoped
public class AllocationService {

    @Inject
    EntityManager em;

    @Inject
    ChangeRecorder changes;

    @Inject
    RequestContext request;

    @Inject
    FinancialYearService years;

    @Inject
    AllocationReads reads;

    /** A page of the allocations the filters select, by ref; no page is every one of them (an export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AllocationResponse> allocations(String yearLabel, AllocationCategory category, List<String> priorities,
            String actionRef, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (yearLabel != null) {
            where.append(" and a.financialYearId = :year");
            parameters.put("year", years.filterYear("financialYear", yearLabel).id);
        }
        if (category != null) {
            where.append(" and a.category = :category");
            parameters.put("category", category);
        }
        if (!priorities.isEmpty()) {
            where.append(" and a.priorityRef in :priorities");
            parameters.put("priorities", priorities);
        }
        if (actionRef != null) {
            where.append(" and a.actionRef = :action");
            parameters.put("action", actionRef);
        }
        return new FilteredList(em, "Allocation a", where.toString(), parameters)
                .read(Allocation.class, "order by a.ref", page, reads::responses);
    }

    /** Every allocation the filters select, for an export: not paged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AllocationResponse> allAllocations(String yearLabel, AllocationCategory category, List<String> priorities,
            String actionRef) {
        return allocations(yearLabel, category, priorities, actionRef, null).items();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AllocationResponse> allocation(String ref) {
        return Allocation.<Allocation>find("ref", ref).firstResultOptional().map(reads::response);
    }

    @Transactional
    public AllocationResponse createAllocation(AllocationRequest body) {
        if (Allocation.count("ref", body.ref()) > 0) {
            throw ProblemException.conflict("An allocation with ref '" + body.ref() + "' already exists.");
        }
        FinancialYear year = years.writtenYear("financialYear", body.financialYear());
        if (body.approvedDate() != null && body.approvedDate().isAfter(year.endDate)) {
            throw ProblemException.unprocessable("approvedDate", "must not be after the end of " + year.label);
        }
        Allocation allocation = new Allocation();
        allocation.ref = body.ref();
        allocation.financialYearId = year.id;
        allocation.category = body.category();
        allocation.amount = Money.pounds(body.amountGbp());
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
        AllocationResponse response = reads.response(allocation);
        changes.created("allocations", allocation.ref, response);
        return response;
    }

    /** Changes an allocation's amount, keeping the change, its reason and its date as a variation. */
    @Transactional
    public AllocationResponse vary(String ref, String ifMatch, VariationRequest body) {
        Allocation allocation = Allocation.<Allocation>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("allocation", ref));
        Preconditions.requireIfMatch(ifMatch, allocation.version);
        BigDecimal amount = Money.pounds(body.amountGbp());
        if (amount.compareTo(allocation.amount) == 0) {
            throw ProblemException.conflict("The allocation is already " + amount + "; a variation changes the amount.");
        }
        AllocationResponse before = reads.response(allocation);
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
        AllocationResponse after = reads.response(allocation);
        changes.updated("allocations", ref, before, after);
        return after;
    }
}
