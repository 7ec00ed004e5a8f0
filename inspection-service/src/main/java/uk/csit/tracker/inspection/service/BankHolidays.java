package uk.csit.tracker.inspection.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Bank holidays in England and Wales, computed by the rules (Easter by the Gregorian computus,
 * substitute days for weekends) plus the one-off changes proclaimed since 1995.
 */
public final class BankHolidays {

    private BankHolidays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !of(date.getYear()).contains(date);
    }

    /** The date {@code workingDays} working days after {@code from} (which itself does not count). */
    public static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate date = from;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(substitute(newYear));

        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));

        LocalDate earlyMay = LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        if (year == 1995) {
            earlyMay = LocalDate.of(1995, 5, 8);
        } else if (year == 2020) {
            earlyMay = LocalDate.of(2020, 5, 8);
        }
        days.add(earlyMay);

        LocalDate spring = LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        if (year == 2002) {
            spring = LocalDate.of(2002, 6, 4);
        } else if (year == 2012) {
            spring = LocalDate.of(2012, 6, 4);
        } else if (year == 2022) {
            spring = LocalDate.of(2022, 6, 2);
        }
        days.add(spring);

        days.add(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));

        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxingDay = LocalDate.of(year, 12, 26);
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> {
                days.add(christmas);
                days.add(LocalDate.of(year, 12, 28));
            }
            case SATURDAY -> {
                days.add(LocalDate.of(year, 12, 27));
                days.add(LocalDate.of(year, 12, 28));
            }
            case SUNDAY -> {
                days.add(LocalDate.of(year, 12, 27));
                days.add(boxingDay);
            }
            default -> {
                days.add(christmas);
                days.add(boxingDay);
            }
        }

        switch (year) {
            case 1999 -> days.add(LocalDate.of(1999, 12, 31));
            case 2002 -> days.add(LocalDate.of(2002, 6, 3));
            case 2011 -> days.add(LocalDate.of(2011, 4, 29));
            case 2012 -> days.add(LocalDate.of(2012, 6, 5));
            case 2022 -> {
                days.add(LocalDate.of(2022, 6, 3));
                days.add(LocalDate.of(2022, 9, 19));
            }
            case 2023 -> days.add(LocalDate.of(2023, 5, 8));
            default -> {
                // No one-off holiday.
            }
        }
        return days;
    }

    private static LocalDate substitute(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
