package uk.csit.tracker.finance.mapping;

import uk.csit.tracker.finance.domain.SpendEntry;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.YearRef;
import uk.csit.tracker.finance.service.Money;

/** A spend entry as the API shows it: against its allocation's ref and year, a reversal naming the line it reverses. */
public final class SpendMapper {

    private SpendMapper() {
    }

    public static SpendResponse toResponse(SpendEntry s, String allocationRef, YearRef year, String reversesExternalId) {
        return new SpendResponse(s.externalId, allocationRef, year, s.spendDate, Money.pounds(s.amount), s.description,
                s.supplier, reversesExternalId, s.recordedBy, s.recordedAt);
    }
}
