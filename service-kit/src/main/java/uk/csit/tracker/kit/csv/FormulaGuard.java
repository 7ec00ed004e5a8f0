package uk.csit.tracker.kit.csv;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running what a caller wrote (OWASP "CSV Injection"). A cell that a
 * spreadsheet would take as a formula or a command (it begins with {@code = + - @}, a tab or a
 * carriage return) is exported with a leading apostrophe, which spreadsheets show as text; a plain
 * number such as {@code -250.00} is left as it is. The rule also escapes text that already begins
 * with apostrophes before such a character, so that reading an exported cell back
 * ({@link #restore}) always gives the text that was exported, whatever it was.
 */
public final class FormulaGuard {

    private static final Pattern NEEDS_GUARD = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FormulaGuard() {
    }

    /** The cell as it is safe to export. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()
                || !NEEDS_GUARD.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** The text an exported cell stood for: the inverse of {@link #neutralise}. */
    public static String restore(String cell) {
        if (cell == null || !GUARDED.matcher(cell).matches()) {
            return cell;
        }
        return cell.substring(1);
    }
}
