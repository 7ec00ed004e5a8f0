package uk.csit.tracker.finance.mapping;

import java.util.List;
import uk.csit.tracker.finance.domain.FundingSource;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.FundingSourceResponse;

/** A funding source as the API shows it. */
public final class FundingSourceMapper {

    private FundingSourceMapper() {
    }

    public static FundingSourceResponse toResponse(FundingSource s) {
        return new FundingSourceResponse(s.ref, s.name, s.type, s.repaymentTermYears,
                s.conditions == null ? List.of() : List.copyOf(s.conditions), s.source, s.version);
    }
}
