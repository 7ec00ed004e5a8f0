package uk.csit.tracker.finance.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pounds and pence: every amount the API shows has two decimals, and a share of a whole is a percentage to one. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    /** An amount in pounds with its pence; one with a fraction of a penny is an error, never rounded away. */
    public static BigDecimal pounds(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A money column read by a native query, whichever numeric type the driver gives; none is nothing. */
    public static BigDecimal column(Object value) {
        return value == null ? ZERO : pounds(new BigDecimal(value.toString()));
    }

    /** What share of {@code whole} {@code part} is, in percent to one decimal; none of nothing. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
