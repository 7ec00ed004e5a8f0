package uk.csit.tracker.kit.csv;

import uk.csit.tracker.kit.problem.ProblemException;

/**
 * How much of an uploaded sheet is read: at most {@code rows} non-blank rows under the header, none wider than
 * {@code columns} cells. The readers stop at the first row past either, so a file costs no more memory than the
 * largest file within the limits, however its bytes are arranged.
 */
public record SheetLimits(int rows, int columns) {

    public SheetLimits {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a sheet has at least one row and one column");
        }
    }

    /** The 400 for a file with more rows than an import takes at once. */
    public ProblemException tooManyRows() {
        return ProblemException.invalid("file", "has more than " + rows + " rows under its header; send at most "
                + rows + " at a time");
    }

    /** The 400 for a row with a value further right than any column an import reads. */
    public ProblemException tooWide(int line, String where) {
        return ProblemException.invalid("line " + line, "has a value in " + where + "; the files this import reads"
                + " have at most " + columns + " columns");
    }
}
