package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.csit.tracker.finance.domain.FundingSource;
import uk.csit.tracker.finance.mapping.FundingSourceMapper;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FundingSourceRequest;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FundingSourceResponse;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.problem.ProblemException;

/** Where money comes from: grants, the council's own budget, borrowing. */
@ApplicationScoped
public class FundingSourceService {

    @Inject
    ChangeRecorder changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingSourceResponse> fundingSources() {
        return FundingSource.<FundingSource>list("order by ref").stream().map(FundingSourceMapper::toResponse).toList();
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
        source.conditions = body.conditions() == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(body.conditions());
        source.source = body.source();
        source.persistAndFlush();
        FundingSourceResponse response = FundingSourceMapper.toResponse(source);
        changes.created("funding-sources", source.ref, response);
        return response;
    }
}
