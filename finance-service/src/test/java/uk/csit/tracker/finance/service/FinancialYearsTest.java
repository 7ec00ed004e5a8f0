package uk.csit.tracker.finance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;

/** The rules of a financial year (1 April to 31 March), without a service around them. */
class FinancialYearsTest {

    @Test
    void aLabelNamesTheYearFromTheFirstOfApril() {
        assertEquals(LocalDate.of(2024, 4, 1), FinancialYears.start("financialYear", "2024-25"));
        assertEquals(LocalDate.of(2025, 3, 31), FinancialYears.end(LocalDate.of(2024, 4, 1)));
        assertEquals(LocalDate.of(1999, 4, 1), FinancialYears.start("financialYear", "1999-00"), "across a century");
    }

    @Test
    void aDayBelongsToTheYearThatHoldsIt() {
        assertEquals("2024-25", FinancialYears.labelOf(LocalDate.of(2024, 4, 1)));
        assertEquals("2023-24", FinancialYears.labelOf(LocalDate.of(2024, 3, 31)));
        assertEquals("2099-00", FinancialYears.labelOf(LocalDate.of(2100, 1, 15)));
    }

    @Test
    void quartersRunFromApril() {
        assertEquals(1, FinancialYears.quarterOf(LocalDate.of(2024, 4, 1)));
        assertEquals(1, FinancialYears.quarterOf(LocalDate.of(2024, 6, 30)));
        assertEquals(2, FinancialYears.quarterOf(LocalDate.of(2024, 7, 1)));
        assertEquals(3, FinancialYears.quarterOf(LocalDate.of(2024, 12, 31)));
        assertEquals(4, FinancialYears.quarterOf(LocalDate.of(2025, 1, 1)));
        assertEquals(4, FinancialYears.quarterOf(LocalDate.of(2025, 3, 31)));
    }

    @Test
    void aLabelOfTheRightFormThatIsNoYearBreaksARuleAndAnyOtherIsInvalid() {
        assertEquals(ProblemType.UNPROCESSABLE,
                assertThrows(ProblemException.class, () -> FinancialYears.startWritten("label", "2024-26")).type());
        for (String notAYear : new String[] {"2024/25", "24-25", "2024-2025", "", "twenty"}) {
            assertEquals(ProblemType.VALIDATION,
                    assertThrows(ProblemException.class, () -> FinancialYears.startWritten("label", notAYear)).type(),
                    notAYear);
        }
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> FinancialYears.start("financialYear", "2024-26")).type(),
                "as a filter, no financial year is a bad request");
    }

    @Test
    void aMonthIsWrittenYearDashMonth() {
        assertEquals(LocalDate.of(2024, 7, 1), FinancialYears.month("2024-07", "month"));
        assertEquals(ProblemType.UNPROCESSABLE,
                assertThrows(ProblemException.class, () -> FinancialYears.month("2024-13", "month")).type());
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> FinancialYears.month("July 2024", "month")).type());
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> FinancialYears.month(null, "month")).type());
    }

    @Test
    void theYearGoneIsCountedInWholeDaysIncludingToday() {
        LocalDate start = LocalDate.of(2023, 4, 1);
        LocalDate end = LocalDate.of(2024, 3, 31);
        assertEquals(new BigDecimal("0.0"), PositionService.elapsed(start, end, LocalDate.of(2023, 3, 31)));
        // 366 days, as the year holds 29 February 2024: the first day is 1 of 366.
        assertEquals(new BigDecimal("0.3"), PositionService.elapsed(start, end, start));
        assertEquals(new BigDecimal("50.0"), PositionService.elapsed(start, end, LocalDate.of(2023, 9, 30)));
        assertEquals(new BigDecimal("100.0"), PositionService.elapsed(start, end, end));
        assertEquals(new BigDecimal("100.0"), PositionService.elapsed(start, end, LocalDate.of(2030, 1, 1)));
    }
}
