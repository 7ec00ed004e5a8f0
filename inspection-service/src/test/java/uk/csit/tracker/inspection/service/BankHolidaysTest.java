package uk.csit.tracker.inspection.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed copy of GOV.UK's bank holidays for England and Wales, and working days counted on it. */
class BankHolidaysTest {

    private static final BankHolidays CALENDAR = BankHolidays.englandAndWales();

    private static Set<LocalDate> days(String... dates) {
        return java.util.Arrays.stream(dates).map(LocalDate::parse)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void theProclaimedOnesAreThere2022WithTheJubileeTheQueensFuneralAndSundayChristmas() {
        assertEquals(days("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"), CALENDAR.of(2022));
        assertTrue(CALENDAR.of(2023).contains(LocalDate.of(2023, 5, 8)), "the coronation");
        assertTrue(CALENDAR.of(2020).contains(LocalDate.of(2020, 5, 8)), "VE day, the early May holiday moved");
        assertFalse(CALENDAR.of(2020).contains(LocalDate.of(2020, 5, 4)));
    }

    @Test
    void everyYearOfTheCopyIsWhole() {
        for (int year = CALENDAR.firstDay().getYear(); year <= CALENDAR.lastDay().getYear(); year++) {
            Set<LocalDate> holidays = CALENDAR.of(year);
            assertTrue(holidays.size() >= 8, year + " has its eight bank holidays at least: " + holidays);
            holidays.forEach(day -> assertFalse(day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY, day + " is a weekday (substitutes included)"));
        }
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2024, 12, 25)));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2024, 12, 28)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2024, 12, 27)));
        // Published Friday 16 February 2024: 10 working days on is Friday 1 March.
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), CALENDAR.addWorkingDays(LocalDate.of(2024, 2, 16), 10));
        // Over Easter 2024 (Good Friday 29 March, Easter Monday 1 April).
        assertEquals(Optional.of(LocalDate.of(2024, 4, 2)), CALENDAR.addWorkingDays(LocalDate.of(2024, 3, 27), 2));
    }

    @Test
    void aDayOutsideThePublishedYearsIsRefusedNotGuessed() {
        LocalDate after = CALENDAR.lastDay().plusDays(1);
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.isWorkingDay(after));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.isWorkingDay(CALENDAR.firstDay().minusDays(1)));
        assertEquals(Optional.empty(), CALENDAR.addWorkingDays(CALENDAR.lastDay().minusDays(10), 70),
                "a count that runs past the data's end has no answer");
        assertEquals(Optional.empty(), CALENDAR.addWorkingDays(CALENDAR.firstDay().minusDays(3), 1));
        assertTrue(CALENDAR.addWorkingDays(CALENDAR.lastDay().minusDays(30), 5).isPresent(), "one inside it has");
        assertEquals(LocalDate.of(2027, 12, 31), CALENDAR.lastDay());
        assertEquals(LocalDate.of(2019, 1, 1), CALENDAR.firstDay());
    }
}
