package uk.csit.tracker.finance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void poundsHaveTwoDecimalsAndAFractionOfAPennyIsNeverRoundedAway() {
        assertEquals("12.50", Money.pounds(new BigDecimal("12.5")).toPlainString());
        assertThrows(ArithmeticException.class, () -> Money.pounds(new BigDecimal("12.505")));
    }

    @Test
    void aColumnOfNothingIsZeroAndAnyNumericTypeReads() {
        assertEquals(Money.ZERO, Money.column(null));
        assertEquals(new BigDecimal("3.00"), Money.column(3L));
        assertEquals(new BigDecimal("3.10"), Money.column(new BigDecimal("3.1")));
    }

    @Test
    void aShareIsAPercentToOneDecimalAndNoneOfNothing() {
        assertEquals(new BigDecimal("33.3"), Money.percent(new BigDecimal("1"), new BigDecimal("3")));
        assertEquals(new BigDecimal("66.7"), Money.percent(new BigDecimal("2"), new BigDecimal("3")));
        assertNull(Money.percent(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(Money.percent(BigDecimal.ONE, null));
    }
}
