package uk.csit.tracker.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.kit.privacy.PersonalData;

/**
 * The gateway's reading of the finance service's answers: every property of the finance contract's schema of the
 * same name (ConsumerDtosTest), properties it does not know yet tolerated, enumerations read as text. Money is read
 * as {@link BigDecimal}, so that {@code 0.00} goes on as {@code 0.00}.
 */
public final class FinanceDtos {

    private FinanceDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "FinanceSummary")
    public record FinanceSummary(Instant asAt, YearRef currentFinancialYear, List<SummaryYear> years, LocalDate asOf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "FinancialYearRef")
    public record YearRef(String label, LocalDate startDate, LocalDate endDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "FinanceSummaryYear")
    public record SummaryYear(YearRef financialYear, BigDecimal allocatedGbp, BigDecimal spentGbp,
            BigDecimal forecastOutturnGbp, BigDecimal varianceGbp, BigDecimal percentSpent,
            BigDecimal percentOfYearElapsed, Long allocationCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "Allocation")
    public record Allocation(String ref, YearRef financialYear, String category, BigDecimal amountGbp,
            BigDecimal originalAmountGbp, String fundingSourceRef, String purpose, String approvedBy,
            LocalDate approvedDate, String sourceDocument, String priorityRef, String actionRef, BigDecimal spentGbp,
            BigDecimal forecastOutturnGbp, BigDecimal varianceGbp, List<Variation> variations, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "AllocationVariation")
    public record Variation(BigDecimal fromAmountGbp, BigDecimal toAmountGbp, String reason, LocalDate date,
            @PersonalData String variedBy, Instant recordedAt) {
    }
}
