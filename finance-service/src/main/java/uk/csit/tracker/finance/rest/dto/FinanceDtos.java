package uk.csit.tracker.finance.rest.dto;

import static com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.domain.FundingType;
import uk.csit.tracker.kit.privacy.PersonalData;

/**
 * Over 300 lines: every body of the finance API, a record of a few lines each, in one place as the contract is read.
 *
 * The finance-service's request and response shapes. Money: pounds, two decimals, below 10^12. A context figure, which
 * can be replaced, has one shape for reading and writing ({@code ContextFigureDto}), so that a client can send back
 * what it read: the fields the service owns are read-only and ignored in a request. Other resources are created from a
 * {@code ...Request} and read as a {@code ...Response}.
 */
public final class FinanceDtos {

    /** What a field naming who recorded a line says. */
    static final String RECORDED_BY = "Who recorded it: the caller's token subject. A member of staff's name is personal"
            + " data: given only to callers whose role may read history (ADVISOR, the editors, ADMIN), and left out for"
            + " others.";

    private static final String REF = "[A-Za-z0-9][A-Za-z0-9._/-]*";
    private static final String REF_MESSAGE = "must be letters, digits, '.', '_', '/' or '-'";
    private static final String YEAR = "\\d{4}-\\d{2}";
    private static final String YEAR_MESSAGE = "must be a financial year written like 2024-25";

    /** What every version field says. */
    static final String VERSION = "Changes with every write; sent as the ETag, to be sent back in If-Match.";

    private FinanceDtos() {
    }

    @Schema(name = "FinancialYearRef", description = "A financial year with the dates it runs. Written, only its label"
            + " counts; the dates, when given, must be the year's.")
    public record YearRef(@Schema(example = "2024-25", pattern = "\\d{4}-\\d{2}") String label,
            @Schema(example = "2024-04-01") LocalDate startDate, @Schema(example = "2025-03-31") LocalDate endDate) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public YearRef {
        }

        /** The label alone, as a financial year was written in a request before it could be sent back as read. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static YearRef ofLabel(String label) {
            return new YearRef(label, null, null);
        }
    }

    @Schema(name = "FinancialYearRequest")
    public record FinancialYearRequest(
            @NotBlank @Pattern(regexp = YEAR, message = YEAR_MESSAGE) @Schema(example = "2024-25") String label,
            @Schema(description = "Optional; must agree with the label.") LocalDate startDate,
            @Schema(description = "Optional; must agree with the label.") LocalDate endDate) {
    }

    @Schema(name = "FinancialYear")
    public record FinancialYearResponse(@Schema(example = "2024-25") String label,
            @Schema(example = "2024-04-01") LocalDate startDate, @Schema(example = "2025-03-31") LocalDate endDate,
            @Schema(description = "Months closed to spend, as YYYY-MM.") List<String> closedMonths,
            @Schema(description = "The twelve months of the year, April first, each with its quarter.")
            List<FinancialMonth> months, @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) long version) {
    }

    @Schema(name = "FinancialYearMonth", description = "A month of a financial year. Q1 is April to June, Q4 January to March.")
    public record FinancialMonth(@Schema(example = "2024-04") String month, @Schema(example = "Q1") String quarter,
            @Schema(example = "2024-04-01") LocalDate startDate, @Schema(example = "2024-04-30") LocalDate endDate,
            @Schema(description = "Closed to spend.") boolean closed) {
    }

    @Schema(name = "MonthClosure")
    public record MonthClosure(@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month written YYYY-MM")
            @Schema(example = "2024-06") String month) {
    }

    @Schema(name = "FundingSourceRequest")
    public record FundingSourceRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "FS-CAPDIR-2025") String ref,
            @NotBlank @Size(max = 300) String name,
            @NotNull FundingType type,
            @Min(1) @Max(100) @Schema(description = "Capitalisation directions only.", example = "20") Integer repaymentTermYears,
            @Size(max = 20) @Schema(description = "What the money may be spent on, as a grant's conditions say; its"
                    + " spend against them is GET /api/v1/budget-position?groupBy=fundingSource.")
            List<@NotBlank @Size(max = 2000) String> conditions,
            @Size(max = 500) String source) {

        @AssertTrue(message = "is given only for a CAPITALISATION_DIRECTION")
        boolean isRepaymentTermYears() {
            return repaymentTermYears == null || type == FundingType.CAPITALISATION_DIRECTION;
        }
    }

    @Schema(name = "FundingSource")
    public record FundingSourceResponse(String ref, String name, FundingType type, Integer repaymentTermYears,
            List<String> conditions, String source,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) long version) {
    }

    @Schema(name = "AllocationRequest")
    public record AllocationRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "ALLOC-2024-25-001") String ref,
            @NotBlank @Pattern(regexp = YEAR, message = YEAR_MESSAGE) @Schema(example = "2024-25") String financialYear,
            @NotNull AllocationCategory category,
            @NotNull @Positive @Digits(integer = 12, fraction = 2) @DecimalMax("999999999999.99")
            @Schema(example = "11000000.00") BigDecimal amountGbp,
            @Size(max = 50) @Schema(example = "FS-COUNCIL") String fundingSourceRef,
            @NotBlank @Size(max = 1000) String purpose,
            @Size(max = 200) @Schema(example = "Cabinet") String approvedBy,
            LocalDate approvedDate,
            @Size(max = 500) String sourceDocument,
            @Size(max = 50) @Schema(description = "A plan-service priority ref; the gateway checks it.") String priorityRef,
            @Size(max = 50) @Schema(description = "A plan-service action ref; the gateway checks it.") String actionRef) {
    }

    @Schema(name = "AllocationVariationRequest")
    public record VariationRequest(
            @NotNull @Positive @Digits(integer = 12, fraction = 2) @DecimalMax("999999999999.99") BigDecimal amountGbp,
            @NotBlank @Size(max = 1000) String reason,
            @NotNull LocalDate date) {
    }

    @Schema(name = "AllocationVariation")
    public record VariationResponse(BigDecimal fromAmountGbp, BigDecimal toAmountGbp, String reason, LocalDate date,
            @JsonProperty(access = READ_ONLY) @PersonalData @Schema(description = "Who varied it: the caller's token"
                    + " subject. A member of staff's name is personal data: given only to callers whose role may read"
                    + " history (ADVISOR, the editors, ADMIN), and left out for others.") String variedBy,
            @JsonProperty(access = READ_ONLY) Instant recordedAt) {
    }

    @Schema(name = "Allocation")
    public record AllocationResponse(String ref, YearRef financialYear, AllocationCategory category,
            @Schema(description = "The amount in force, after any variations.") BigDecimal amountGbp,
            BigDecimal originalAmountGbp, String fundingSourceRef, String purpose, String approvedBy,
            LocalDate approvedDate, String sourceDocument, String priorityRef, String actionRef,
            @JsonProperty(access = READ_ONLY) @Schema(description = "Spend recorded against it.") BigDecimal spentGbp,
            @JsonProperty(access = READ_ONLY) @Schema(description = "The latest forecast, else the spend to date.")
            BigDecimal forecastOutturnGbp,
            @JsonProperty(access = READ_ONLY) @Schema(description = "amountGbp minus forecastOutturnGbp.")
            BigDecimal varianceGbp,
            @JsonProperty(access = READ_ONLY) List<VariationResponse> variations,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) long version) {
    }

    @Schema(name = "SpendRequest", description = "A line from the council's finance system. externalId identifies it:"
            + " the same externalId twice is one entry.")
    public record SpendRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "AP-2024-000123") String externalId,
            @NotBlank @Size(max = 50) String allocationRef,
            @NotNull LocalDate date,
            @NotNull @Digits(integer = 12, fraction = 2) @DecimalMin("-999999999999.99") @DecimalMax("999999999999.99")
            @Schema(description = "Negative for a reversal, which names the entry it reverses.", example = "1250.00")
            BigDecimal amountGbp,
            @NotBlank @Size(max = 1000) String description,
            @Size(max = 300) String supplier,
            @Size(max = 100) @Schema(description = "The externalId of the entry this one reverses.") String reversesExternalId) {

        @AssertTrue(message = "must not be zero")
        boolean isAmountGbp() {
            return amountGbp == null || amountGbp.signum() != 0;
        }

        @AssertTrue(message = "must be given for a negative amount (a reversal), and only then")
        boolean isReversesExternalId() {
            return amountGbp == null || (amountGbp.signum() < 0) == (reversesExternalId != null);
        }
    }

    @Schema(name = "SpendEntry")
    public record SpendResponse(String externalId, String allocationRef, YearRef financialYear, LocalDate date,
            BigDecimal amountGbp, String description, String supplier, String reversesExternalId,
            @JsonProperty(access = READ_ONLY) @PersonalData @Schema(description = RECORDED_BY) String recordedBy,
            @JsonProperty(access = READ_ONLY) Instant recordedAt) {
    }

    @Schema(name = "SpendEntryPage", description = "One page of spend entries.")
    public record SpendPage(List<SpendResponse> items, @Schema(example = "0") int page, @Schema(example = "50") int size,
            @Schema(example = "123") long totalItems) {
    }

    @Schema(name = "FinancialYearList", description = "The financial years, newest first.")
    public record FinancialYearList(List<FinancialYearResponse> items) {
    }

    @Schema(name = "FundingSourceList", description = "The funding sources.")
    public record FundingSourceList(List<FundingSourceResponse> items) {
    }

    @Schema(name = "ForecastList", description = "An allocation's forecasts, by month.")
    public record ForecastList(List<ForecastResponse> items) {
    }

    @Schema(name = "ContextFigureList", description = "Context figures, by subject and ref.")
    public record ContextFigureList(List<ContextFigureDto> items) {
    }

    @Schema(name = "AllocationPage", description = "One page of allocations.")
    public record AllocationPage(List<AllocationResponse> items, @Schema(example = "0") int page,
            @Schema(example = "50") int size, @Schema(example = "12") long totalItems) {
    }

    @Schema(name = "SpendImportResult", description = "What an import of a finance-system extract did. Lines whose"
            + " Transaction number is already recorded with the same content add nothing, so the same file imported"
            + " twice adds nothing the second time.")
    public record SpendImportResult(
            @Schema(description = "Spend lines read from the file (the header and blank lines not counted).", example = "3") int lines,
            @Schema(description = "Lines recorded now.", example = "2") int created,
            @Schema(description = "Lines already recorded, identically, under their Transaction number.", example = "1") int alreadyRecorded,
            @Schema(description = "The sum of the lines recorded now.", example = "1500.00") BigDecimal createdAmountGbp) {
    }

    @Schema(name = "ForecastRequest")
    public record ForecastRequest(
            @NotBlank @Size(max = 50) String allocationRef,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month written YYYY-MM") @Schema(example = "2024-09") String month,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @DecimalMax("999999999999.99") BigDecimal forecastOutturnGbp) {
    }

    @Schema(name = "Forecast")
    public record ForecastResponse(String allocationRef, String month, BigDecimal forecastOutturnGbp,
            @JsonProperty(access = READ_ONLY) @PersonalData @Schema(description = RECORDED_BY) String recordedBy,
            @JsonProperty(access = READ_ONLY) Instant recordedAt) {
    }

    @Schema(name = "ContextFigure", description = "A figure that sets the plan's money in context (a budget deficit, a"
            + " capitalisation direction), with its source. Send it back with PUT to change it: the read-only fields are"
            + " the service's own and are ignored.")
    public record ContextFigureDto(
            @NotBlank @Size(max = 50) @Pattern(regexp = REF, message = REF_MESSAGE) @Schema(example = "CTX-DEFICIT-2025-26") String ref,
            @NotBlank @Size(max = 100) @Schema(example = "budget-deficit-2025-26") String subject,
            @NotBlank @Size(max = 1000) String description,
            @NotNull @Digits(integer = 12, fraction = 2) @DecimalMin("-999999999999.99") @DecimalMax("999999999999.99") BigDecimal amountGbp,
            @Schema(description = "The year the figure is for, if it is for one. Written, its label is enough (the label"
                    + " alone as a string, the form of release 1.0, is still taken).") YearRef financialYear,
            @NotBlank @Size(max = 500) String source,
            @Schema(description = "Exactly one figure per subject is in use. True makes this the figure in use (any other"
                    + " stops being so). False keeps it as an alternative, and is refused (409) when no other figure of"
                    + " the subject is in use. Left out: a subject's first figure is in use, a later one is an"
                    + " alternative, and a replaced figure keeps its state.")
            Boolean inUse,
            @JsonProperty(access = READ_ONLY) @Schema(description = VERSION) Long version) {
    }

    @Schema(name = "BudgetTotals")
    public record Totals(BigDecimal allocatedGbp, BigDecimal spentGbp, BigDecimal forecastOutturnGbp, BigDecimal varianceGbp,
            @Schema(description = "Spent as a percentage of allocated.") BigDecimal percentSpent) {
    }

    @Schema(name = "BudgetGroup", description = "One group of the position. By category or priority: the group's"
            + " allocations with their spend, forecast outturn and variance. By month or quarter: every period of the"
            + " year, April first, with the spend dated in it and the spend from the start of the year to its end;"
            + " allocations are not split by period, so allocatedGbp, forecastOutturnGbp and varianceGbp are null.")
    public record Group(@Schema(example = "IMPROVEMENT_PLAN") String key,
            @Schema(example = "16000000.00") BigDecimal allocatedGbp,
            @Schema(description = "Spend in the group (by month or quarter: dated in the period).", example = "1250.00")
            BigDecimal spentGbp,
            @Schema(example = "15800000.00") BigDecimal forecastOutturnGbp,
            @Schema(description = "allocatedGbp minus forecastOutturnGbp.", example = "200000.00") BigDecimal varianceGbp,
            @Schema(description = "By category or priority: spentGbp as a percentage of allocatedGbp. By month or quarter:"
                    + " cumulativeSpentGbp as a percentage of the year's allocation. Null when nothing is allocated.",
                    example = "7.8") BigDecimal percentSpent,
            @Schema(description = "By month or quarter: the spend from the start of the year to the end of the period;"
                    + " null otherwise.", example = "125000.00") BigDecimal cumulativeSpentGbp,
            @Schema(description = "By month or quarter: the percentage of the year's days gone at the end of the period,"
                    + " to set percentSpent against; null otherwise.", example = "8.2") BigDecimal percentOfYearElapsed) {
    }

    @Schema(name = "BudgetPosition", description = "Allocated, spent, forecast outturn and variance, with percent spent"
            + " against percent of the year elapsed. Grouped by month or quarter, a group's spend is the spend dated in"
            + " it and allocation and variance are not split (null).")
    public record BudgetPosition(Instant asAt, YearRef financialYear, String groupBy,
            BigDecimal percentOfYearElapsed, Totals totals, List<Group> groups) {
    }

    @Schema(name = "FinanceSummaryYear")
    public record SummaryYear(YearRef financialYear, @Schema(example = "16000000.00") BigDecimal allocatedGbp,
            @Schema(example = "0.00") BigDecimal spentGbp,
            @Schema(description = "Per allocation its latest forecast, else its spend to date; summed.", example = "0.00")
            BigDecimal forecastOutturnGbp,
            @Schema(description = "allocatedGbp minus forecastOutturnGbp.", example = "16000000.00") BigDecimal varianceGbp,
            @Schema(description = "spentGbp as a percentage of allocatedGbp, one decimal; null when nothing is allocated.",
                    example = "0.0") BigDecimal percentSpent,
            @Schema(description = "The percentage of the year's days gone today (0.0 before it starts, 100.0 after it ends).",
                    example = "100.0") BigDecimal percentOfYearElapsed,
            @Schema(example = "2") long allocationCount) {
    }

    @Schema(name = "FinanceSummary", description = "Everything the gateway's status needs from finance, in one call.")
    public record FinanceSummary(Instant asAt, YearRef currentFinancialYear, List<SummaryYear> years,
            @Schema(description = "The day this position is as at, when one was asked for (asOf); absent for now.")
            LocalDate asOf) {
    }
}
