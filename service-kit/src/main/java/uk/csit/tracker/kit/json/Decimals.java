package uk.csit.tracker.kit.json;

import java.math.BigDecimal;

/** Decimals as they are written: without the zeros after the last significant place (12.500 is 12.5, 20 stays 20). */
public final class Decimals {

    private Decimals() {
    }

    /** The decimal without trailing zeros, never in exponent form; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null || value.scale() <= 0) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
