package uk.csit.tracker.inspection.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    private static Set<LocalDate> days(String... dates) {
        return java.util.Arrays.stream(dates).map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void englandAndWales2022WithTheJubileeTheQueensFuneralAndSundayChristmas() {
        assertEquals(days("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"), BankHolidays.of(2022));
    }

    @Test
    void englandAndWales2023WithTheCoronation() {
        assertEquals(days("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
                "2023-08-28", "2023-12-25", "2023-12-26"), BankHolidays.of(2023));
    }

    @Test
    void englandAndWales2020WithVeDayAndFridayChristmas() {
        assertEquals(days("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
                "2020-12-25", "2020-12-28"), BankHolidays.of(2020));
    }

    @Test
    void englandAndWales2021WithSaturdayChristmas() {
        assertEquals(days("2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
                "2021-12-27", "2021-12-28"), BankHolidays.of(2021));
    }

    @Test
    void easterByTheComputus() {
        assertEquals(LocalDate.of(2024, 3, 31), BankHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), BankHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2038, 4, 25), BankHolidays.easterSunday(2038));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        assertFalse(BankHolidays.isWorkingDay(LocalDate.of(2024, 12, 25)));
        assertFalse(BankHolidays.isWorkingDay(LocalDate.of(2024, 12, 28)));
        assertTrue(BankHolidays.isWorkingDay(LocalDate.of(2024, 12, 27)));
        // From Monday 23 December 2024: 24, 27, 30, 31 December, then 2 January 2025.
        assertEquals(LocalDate.of(2025, 1, 2), BankHolidays.addWorkingDays(LocalDate.of(2024, 12, 23), 5));
    }
}
