package uk.csit.tracker.kit.csv;

import java.util.List;

/**
 * One row of an uploaded sheet (a CSV file or a spreadsheet's first worksheet): its line as an
 * editor or spreadsheet shows it (the header is line 1) and its cells as text, trimmed.
 */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
