package uk.csit.tracker.finance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.csit.tracker.finance.domain.AllocationCategory;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.AllocationResponse;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendRequest;
import uk.csit.tracker.finance.rest.dto.FinanceDtos.SpendResponse;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.csv.SheetHeader;
import uk.csit.tracker.kit.csv.SheetLimits;
import uk.csit.tracker.kit.csv.SheetRow;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * Spend and allocations as CSV (RFC 4180: comma separated, fields quoted where they hold a comma,
 * a quote or a line break, quotes doubled, CRLF line ends, a header row), in the style councils
 * publish their spending under the Local Government Transparency Code 2015: one row per
 * transaction with the body, service area, expense type, date, transaction number, amount and
 * supplier. Dates are ISO 8601 ({@code 2024-06-30}); amounts are pounds with two decimals and no
 * currency sign or separators ({@code 1250.00}, {@code -250.00} for a reversal).
 *
 * <p>The same file read back is an import: {@link #parseSpend} reads a finance-system extract
 * whose header names at least the columns Transaction number, Allocation ref, Date, Amount and
 * Description (Supplier and Reverses transaction number are optional; the other columns of the
 * export are allowed and ignored; any other column is refused so that a misspelt one is never
 * dropped silently).
 */
@ApplicationScoped
public class SpendCsv {

    public static final String BODY_NAME = "Body name";
    public static final String BODY = "Body";
    public static final String SERVICE_AREA = "Service area";
    public static final String EXPENSE_TYPE = "Expense type";
    public static final String DATE = "Date";
    public static final String TRANSACTION_NUMBER = "Transaction number";
    public static final String AMOUNT = "Amount";
    public static final String SUPPLIER = "Supplier";
    public static final String DESCRIPTION = "Description";
    public static final String ALLOCATION_REF = "Allocation ref";
    public static final String FINANCIAL_YEAR = "Financial year";
    public static final String REVERSES = "Reverses transaction number";

    /** The spend export's columns, in order. */
    public static final List<String> SPEND_COLUMNS = List.of(BODY_NAME, BODY, SERVICE_AREA, EXPENSE_TYPE, DATE,
            TRANSACTION_NUMBER, AMOUNT, SUPPLIER, DESCRIPTION, ALLOCATION_REF, FINANCIAL_YEAR, REVERSES);

    /** The allocations export's columns, in order. */
    public static final List<String> ALLOCATION_COLUMNS = List.of(BODY_NAME, BODY, SERVICE_AREA, FINANCIAL_YEAR,
            ALLOCATION_REF, EXPENSE_TYPE, "Purpose", AMOUNT, "Original amount", "Spent", "Forecast outturn", "Variance",
            "Funding source", "Approved by", "Approved date", "Source document", "Priority ref", "Action ref");

    /** The columns an import must have. */
    public static final List<String> REQUIRED = List.of(TRANSACTION_NUMBER, ALLOCATION_REF, DATE, AMOUNT, DESCRIPTION);

    /** The most lines one import takes: a year of the council's improvement spend is a few thousand. */
    public static final int MAX_IMPORT_LINES = 10_000;

    /** What an import reads: its lines, each no wider than twice the export (room for a header's mistakes). */
    private static final SheetLimits IMPORT_LIMITS = new SheetLimits(MAX_IMPORT_LINES, 2 * SPEND_COLUMNS.size());

    private static final Pattern AMOUNT_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);


    @Inject
    Validator validator;

    @ConfigProperty(name = "tracker.finance.body-name")
    String bodyName;

    @ConfigProperty(name = "tracker.finance.body-code")
    String bodyCode;

    @ConfigProperty(name = "tracker.finance.service-area")
    String serviceArea;

    // ---- export

    public String spend(List<SpendResponse> entries, Map<String, AllocationCategory> categories) {
        List<String[]> rows = new ArrayList<>();
        for (SpendResponse s : entries) {
            rows.add(new String[] {bodyName, bodyCode, serviceArea, expenseType(categories.get(s.allocationRef())),
                    s.date().toString(), s.externalId(), s.amountGbp().toPlainString(), s.supplier(), s.description(),
                    s.allocationRef(), s.financialYear().label(), s.reversesExternalId()});
        }
        return write(SPEND_COLUMNS, rows);
    }

    public String allocations(List<AllocationResponse> allocations) {
        List<String[]> rows = new ArrayList<>();
        for (AllocationResponse a : allocations) {
            rows.add(new String[] {bodyName, bodyCode, serviceArea, a.financialYear().label(), a.ref(),
                    expenseType(a.category()), a.purpose(), a.amountGbp().toPlainString(),
                    a.originalAmountGbp().toPlainString(), a.spentGbp().toPlainString(),
                    a.forecastOutturnGbp().toPlainString(), a.varianceGbp().toPlainString(), a.fundingSourceRef(),
                    a.approvedBy(), a.approvedDate() == null ? null : a.approvedDate().toString(), a.sourceDocument(),
                    a.priorityRef(), a.actionRef()});
        }
        return write(ALLOCATION_COLUMNS, rows);
    }

    /** The category as a published expense type: {@code IMPROVEMENT_PLAN} is "Improvement plan". */
    public static String expenseType(AllocationCategory category) {
        if (category == null) {
            return null;
        }
        String words = category.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String write(List<String> columns, List<String[]> rows) {
        return CsvFiles.write(columns, rows);
    }

    // ---- import

    /**
     * The lines of an extract, each with its spend line or the reasons it has none. A file that
     * cannot be read as CSV, or whose header lacks a column, is a 400 at once.
     */
    public List<SpendImportLine> parseSpend(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("file", "is empty; send the extract with its header row: "
                    + String.join(",", REQUIRED) + " (and optionally " + SUPPLIER + "," + REVERSES + ")");
        }
        List<SheetRow> rows = CsvFiles.read(text, IMPORT_LIMITS);
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "has no spend lines after its header row");
        }
        SheetHeader header = SheetHeader.of(rows.get(0), SPEND_COLUMNS, REQUIRED);
        List<SpendImportLine> lines = new ArrayList<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            lines.add(line(row, header));
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", "has no spend lines after its header row");
        }
        return lines;
    }

    private SpendImportLine line(SheetRow row, SheetHeader columns) {
        int line = row.line();
        List<FieldError> errors = new ArrayList<>();
        if (row.cells().size() != columns.width()) {
            errors.add(new FieldError(SpendImportLine.field(line, null), "has " + row.cells().size()
                    + (row.cells().size() == 1 ? " field" : " fields") + " where the header names " + columns.width()));
            return new SpendImportLine(line, null, errors);
        }
        BigDecimal amount = null;
        String amountText = columns.value(row, AMOUNT);
        if (amountText != null) {
            if (AMOUNT_TEXT.matcher(amountText).matches()) {
                amount = new BigDecimal(amountText);
            } else {
                errors.add(new FieldError(SpendImportLine.field(line, "amountGbp"), "'" + amountText
                        + "' is not an amount in pounds: write it like 1250.00 or -250.00, with no £ sign or commas"));
            }
        }
        LocalDate date = null;
        String dateText = columns.value(row, DATE);
        if (dateText != null) {
            date = date(dateText);
            if (date == null) {
                errors.add(new FieldError(SpendImportLine.field(line, "date"), "'" + dateText
                        + "' is not a date: write it like 2024-06-30 (or 30/06/2024)"));
            }
        }
        SpendRequest request = new SpendRequest(columns.value(row, TRANSACTION_NUMBER),
                columns.value(row, ALLOCATION_REF), date, amount, columns.value(row, DESCRIPTION),
                columns.value(row, SUPPLIER), columns.value(row, REVERSES));
        for (ConstraintViolation<SpendRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            boolean alreadySaid = (field.equals("amountGbp") && amountText != null && amount == null)
                    || (field.equals("date") && dateText != null && date == null);
            if (!alreadySaid) {
                errors.add(new FieldError(SpendImportLine.field(line, field), violation.getMessage()));
            }
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return new SpendImportLine(line, errors.isEmpty() ? request : null, errors);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, UK_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
