package uk.csit.tracker.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.kit.csv.FormulaGuard;
import uk.csit.tracker.kit.csv.SheetLimits;

/** OWASP CSV injection: what a spreadsheet would run is exported as text, and reads back as it was written. */
class FormulaGuardTest {

    private static final List<String> TEXTS = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)",
            "\tindented", "\rreturn", "'=already quoted", "''=twice quoted", "'plain apostrophe", "Plain text",
            "-250.00", "1250.00", "-", "=", "'", "", "2025-03-31", "a=b", "=HYPERLINK(\"http://x\",\"y\")");

    @Test
    void cellsASpreadsheetWouldRunAreExportedAsText() {
        assertEquals("'=cmd|' /C calc'!A0", FormulaGuard.neutralise("=cmd|' /C calc'!A0"));
        assertEquals("'+1+1", FormulaGuard.neutralise("+1+1"));
        assertEquals("'-2+3", FormulaGuard.neutralise("-2+3"));
        assertEquals("'@SUM(A1:A2)", FormulaGuard.neutralise("@SUM(A1:A2)"));
        assertEquals("'\tindented", FormulaGuard.neutralise("\tindented"));
        assertEquals("'\rreturn", FormulaGuard.neutralise("\rreturn"));
        assertEquals("-250.00", FormulaGuard.neutralise("-250.00"), "a negative amount stays a number");
        assertEquals("Plain text", FormulaGuard.neutralise("Plain text"));
        assertEquals("'plain apostrophe", FormulaGuard.neutralise("'plain apostrophe"));
    }

    @Test
    void everyTextReadsBackAsItWasWritten() {
        for (String text : TEXTS) {
            assertEquals(text, FormulaGuard.restore(FormulaGuard.neutralise(text)), text);
        }
    }

    @Test
    void aCsvExportReadsBackCellForCell() {
        String csv = CsvFiles.write(List.of("Title"), TEXTS.stream().map(t -> new String[] {t}).toList());
        for (String line : csv.split("\r\n")) {
            if (!line.isEmpty() && !line.startsWith("\"")) {
                String first = line.substring(0, 1);
                assertEquals(false, List.of("=", "+", "@").contains(first), "no line starts a formula: " + line);
            }
        }
        var rows = CsvFiles.read(csv, new SheetLimits(100, 5));
        List<String> read = rows.subList(1, rows.size()).stream().map(row -> row.cells().get(0)).toList();
        // A blank row is skipped when read, as in any uploaded file; every other cell comes back as written.
        assertEquals(TEXTS.stream().filter(t -> !t.isEmpty()).toList(), read);
    }
}
