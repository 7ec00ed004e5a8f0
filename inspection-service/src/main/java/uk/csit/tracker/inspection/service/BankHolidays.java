package uk.csit.tracker.inspection.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in England and Wales as GOV.UK publishes them (a committed copy of its data: see
 * {@code resources/bank-holidays/README.md}), not worked out by rule: holidays are moved and added by proclamation.
 * The copy covers whole years; a working-day count that runs outside them is not answered, since it would be wrong
 * without saying so.
 */
public final class BankHolidays {

    static final String DATA = "/bank-holidays/england-and-wales.json";

    private static final BankHolidays ENGLAND_AND_WALES = load(DATA);

    private final Set<LocalDate> holidays;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    BankHolidays(Set<LocalDate> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("No bank holidays");
        }
        this.holidays = Set.copyOf(holidays);
        TreeSet<LocalDate> sorted = new TreeSet<>(holidays);
        this.firstDay = LocalDate.of(sorted.first().getYear(), 1, 1);
        this.lastDay = LocalDate.of(sorted.last().getYear(), 12, 31);
    }

    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    static BankHolidays load(String resource) {
        try (InputStream in = BankHolidays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No bank holidays data at " + resource);
            }
            JsonNode division = new ObjectMapper().readTree(in).path("england-and-wales");
            if (!"england-and-wales".equals(division.path("division").asText())) {
                throw new IllegalStateException(resource + " is not GOV.UK's england-and-wales division");
            }
            Set<LocalDate> days = new TreeSet<>();
            division.path("events").forEach(event -> days.add(LocalDate.parse(event.path("date").asText())));
            return new BankHolidays(days);
        } catch (IOException e) {
            throw new UncheckedIOException("Bank holidays data at " + resource + " cannot be read", e);
        }
    }

    /** Whether the data says anything about this day (its year is one GOV.UK has published). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** Whether the day is neither a weekend nor a bank holiday; a day outside the data is refused. */
    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException(date + " is outside the bank holidays published (" + firstDay + " to "
                    + lastDay + ")");
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date {@code workingDays} working days after {@code from} (which itself does not count); empty when the
     * count starts or ends outside the years published.
     */
    public Optional<LocalDate> addWorkingDays(LocalDate from, int workingDays) {
        if (!covers(from)) {
            return Optional.empty();
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (!covers(date)) {
                return Optional.empty();
            }
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return Optional.of(date);
    }

    /** The bank holidays of one year, as published (empty for a year outside the data). */
    public Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        holidays.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }
}
