package uk.csit.tracker.kit.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * The header row of an uploaded sheet, checked against the columns a file may have: names match
 * whatever their case, a required column must be there, and an unknown or repeated column is refused
 * so that a misspelt one is never dropped silently.
 */
public final class SheetHeader {

    private final Map<String, Integer> positions;
    private final int width;

    private SheetHeader(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** The header, or a 400 naming each unknown, repeated or missing column. */
    public static SheetHeader of(SheetRow row, List<String> known, List<String> required) {
        Map<String, String> byName = new HashMap<>();
        known.forEach(column -> byName.put(column.toLowerCase(Locale.ROOT), column));
        Map<String, Integer> positions = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            if (cell.isBlank() && i == row.cells().size() - 1) {
                continue; // a trailing comma or an empty last spreadsheet column
            }
            String column = byName.get(cell.toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(new FieldError("header", "has the unknown column '" + cell + "'; the columns are "
                        + String.join(", ", known)));
            } else if (positions.putIfAbsent(column, i) != null) {
                errors.add(new FieldError("header", "names the column '" + column + "' twice"));
            }
        }
        Set<String> missing = new LinkedHashSet<>(required);
        missing.removeAll(positions.keySet());
        if (!missing.isEmpty()) {
            errors.add(new FieldError("header", "lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + "; the first line must name the columns"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SheetHeader(positions, row.cells().size());
    }

    /** The number of cells the header has; a CSV line with another number is malformed. */
    public int width() {
        return width;
    }

    public boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The row's value in the column, or null when the column is absent or the cell empty. */
    public String value(SheetRow row, String column) {
        Integer index = positions.get(column);
        if (index == null || index >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(index);
        return value.isBlank() ? null : value;
    }
}
