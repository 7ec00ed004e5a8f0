package uk.csit.tracker.finance.service;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.csit.tracker.kit.problem.ProblemException;

/** The rules of a financial year label: {@code 2024-25} is 1 April 2024 to 31 March 2025. */
public final class FinancialYears {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    private FinancialYears() {
    }

    /**
     * The first day of the year a request's body names. Its form (YYYY-YY) is the contract's, so a label of that form
     * that is no financial year (2024-26) is refused as a rule (422); any other as invalid (400).
     */
    public static LocalDate startWritten(String field, String label) {
        try {
            return start(field, label);
        } catch (ProblemException e) {
            if (label != null && LABEL.matcher(label.trim()).matches()) {
                throw ProblemException.unprocessable(field, e.errors().get(0).message());
            }
            throw e;
        }
    }

    /** The first day of the year a label names; a 400 naming the field when the label is not a financial year. */
    public static LocalDate start(String field, String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.trim());
        if (m == null || !m.matches()) {
            throw ProblemException.invalid(field, "must be a financial year written like 2024-25");
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != (first + 1) % 100) {
            throw ProblemException.invalid(field, label + " is not a financial year: the second part must be the year"
                    + " after " + first + " (" + String.format("%d-%02d", first, (first + 1) % 100) + ")");
        }
        return LocalDate.of(first, 4, 1);
    }

    public static LocalDate end(LocalDate start) {
        return start.plusYears(1).minusDays(1);
    }

    public static String labelOf(LocalDate date) {
        int first = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return String.format("%d-%02d", first, (first + 1) % 100);
    }

    /** Q1 is April to June. */
    public static int quarterOf(LocalDate date) {
        return ((date.getMonthValue() + 8) % 12) / 3 + 1;
    }

    /** A month written YYYY-MM; one of that form that is no month (2024-13) breaks a rule (422), any other is invalid. */
    public static LocalDate month(String value, String field) {
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
    public static LocalDate dateColumn(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
