package uk.csit.tracker.inspection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The due dates of a reporting duty: the first, then one every so many months (a month's day kept where the month has
 * it, else its last day), up to its end date or the day the intervention is lifted, whichever comes first. A duty with
 * no end lists its first {@link #LISTED} dates; the next one due on any day is worked out all the same.
 */
public final class ReportingSchedule {

    /** How many due dates a duty without an end lists: three years of monthly reports. */
    public static final int LISTED = 36;

    private ReportingSchedule() {
    }

    public static List<LocalDate> dueDates(LocalDate firstDue, int everyMonths, LocalDate until, LocalDate lifted) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate end = earliest(until, lifted);
        for (int k = 0; dates.size() < LISTED; k++) {
            LocalDate due = firstDue.plusMonths((long) k * everyMonths);
            if (end != null && due.isAfter(end)) {
                break;
            }
            dates.add(due);
        }
        return dates;
    }

    /** The first due date on or after the day, if the duty still runs then. */
    public static Optional<LocalDate> nextDue(LocalDate firstDue, int everyMonths, LocalDate until, LocalDate lifted,
            LocalDate day) {
        LocalDate end = earliest(until, lifted);
        long months = Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(firstDue, day) / everyMonths - 1);
        for (long k = months; ; k++) {
            LocalDate due = firstDue.plusMonths(k * everyMonths);
            if (end != null && due.isAfter(end)) {
                return Optional.empty();
            }
            if (!due.isBefore(day)) {
                return Optional.of(due);
            }
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
