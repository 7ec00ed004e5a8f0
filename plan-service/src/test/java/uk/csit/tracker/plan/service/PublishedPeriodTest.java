package uk.csit.tracker.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class PublishedPeriodTest {

    private static final MonthDay MARCH = MonthDay.of(3, 31);
    private static final MonthDay SEPTEMBER = MonthDay.of(9, 30);

    @Test
    void aReportingYearIsTheTwelveMonthsToTheDayItsCollectionEnds() {
        assertEquals(new PublishedPeriod("2025", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
                PublishedPeriod.of("Reporting year", "2025", MARCH).orElseThrow());
        assertEquals(new PublishedPeriod("2025", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30)),
                PublishedPeriod.of("Reporting year", "2025", SEPTEMBER).orElseThrow());
    }

    @Test
    void twoYearPeriodsAreWrittenWithBothYearsAndStartWhereTheirKindOfYearDoes() {
        assertEquals(new PublishedPeriod("2024-25", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
                PublishedPeriod.of("Financial year", "202425", MARCH).orElseThrow());
        assertEquals(new PublishedPeriod("2024/25", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)),
                PublishedPeriod.of("academic year", " 202425 ", MARCH).orElseThrow());
        assertEquals(new PublishedPeriod("1999-00", LocalDate.of(1999, 4, 6), LocalDate.of(2000, 4, 5)),
                PublishedPeriod.of("Tax year", "199900", MARCH).orElseThrow());
        assertEquals(new PublishedPeriod("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                PublishedPeriod.of("Calendar year", "2025", MARCH).orElseThrow());
    }

    @Test
    void whatIsNotAYearOfItsKindIsNoPeriod() {
        assertTrue(PublishedPeriod.of("Financial year", "202426", MARCH).isEmpty(), "the years must follow");
        assertTrue(PublishedPeriod.of("Financial year", "2025", MARCH).isEmpty());
        assertTrue(PublishedPeriod.of("Reporting year", "202425", MARCH).isEmpty());
        assertTrue(PublishedPeriod.of("Spring term", "202425", MARCH).isEmpty(), "terms are not read");
        assertTrue(PublishedPeriod.of("Reporting year", "25", MARCH).isEmpty());
        assertTrue(PublishedPeriod.of(null, "2025", MARCH).isEmpty());
    }
}
