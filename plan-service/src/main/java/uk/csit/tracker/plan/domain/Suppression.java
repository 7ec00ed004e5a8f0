package uk.csit.tracker.plan.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The symbols the DfE's published files put where a figure is withheld or does not exist (Explore Education
 * Statistics' symbol convention). Such a figure is kept as the symbol it is, never as a zero.
 */
public enum Suppression {
    C("c", "confidential: withheld to protect individuals"),
    LOW("low", "positive but rounds to zero"),
    K("k", "positive but rounds to zero"),
    X("x", "not available"),
    Z("z", "not applicable"),
    U("u", "low reliability"),
    NOT_AVAILABLE(":", "not available (older files)");

    private final String symbol;
    private final String meaning;

    Suppression(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    public String symbol() {
        return symbol;
    }

    public String meaning() {
        return meaning;
    }

    /** The suppression a cell's text stands for (case and surrounding spaces aside), if it is one. */
    public static Optional<Suppression> of(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String text = cell.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.symbol.equals(text)).findFirst();
    }
}
