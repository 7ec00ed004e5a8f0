package uk.csit.tracker.plan.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;

/**
 * The period a row of a published file covers, from its {@code time_identifier} and {@code time_period} as Explore
 * Education Statistics writes them: a reporting year {@code 2025} (the twelve months to the day its collection's year
 * ends), a calendar year {@code 2025}, a financial year {@code 202425} (April to March), an academic year
 * {@code 202425} (September to August) or a tax year {@code 202425} (6 April to 5 April).
 */
public record PublishedPeriod(String label, LocalDate start, LocalDate end) {

    /** The period, or empty when the identifier is not a year this import reads or the period is not its form. */
    public static Optional<PublishedPeriod> of(String timeIdentifier, String timePeriod, MonthDay reportingYearEnds) {
        if (timeIdentifier == null || timePeriod == null) {
            return Optional.empty();
        }
        String period = timePeriod.trim();
        try {
            return switch (timeIdentifier.trim().toLowerCase(Locale.ROOT)) {
                case "reporting year" -> year(period).map(y -> {
                    LocalDate end = reportingYearEnds.atYear(y);
                    return new PublishedPeriod(period, end.minusYears(1).plusDays(1), end);
                });
                case "calendar year" -> year(period).map(y -> new PublishedPeriod(period, LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 12, 31)));
                case "financial year" -> twoYears(period).map(y -> new PublishedPeriod(label(y, "-"),
                        LocalDate.of(y, 4, 1), LocalDate.of(y + 1, 3, 31)));
                case "academic year" -> twoYears(period).map(y -> new PublishedPeriod(label(y, "/"),
                        LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 8, 31)));
                case "tax year" -> twoYears(period).map(y -> new PublishedPeriod(label(y, "-"),
                        LocalDate.of(y, 4, 6), LocalDate.of(y + 1, 4, 5)));
                default -> Optional.empty();
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> year(String period) {
        return period.matches("(19|20)\\d{2}") ? Optional.of(Integer.parseInt(period)) : Optional.empty();
    }

    /** The first year of a two-year period written {@code 202425}, when the second is the year after. */
    private static Optional<Integer> twoYears(String period) {
        if (!period.matches("(19|20)\\d{4}")) {
            return Optional.empty();
        }
        int first = Integer.parseInt(period.substring(0, 4));
        int second = Integer.parseInt(period.substring(4));
        return (first + 1) % 100 == second ? Optional.of(first) : Optional.empty();
    }

    private static String label(int first, String separator) {
        return first + separator + String.format(Locale.ROOT, "%02d", (first + 1) % 100);
    }
}
