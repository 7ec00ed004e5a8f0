package uk.csit.tracker.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aQuarterlyReportFromAMonthsEndKeepsToEachMonthsEnd() {
        assertEquals(List.of(d("2025-01-31"), d("2025-04-30"), d("2025-07-31"), d("2025-10-31")),
                ReportingSchedule.dueDates(d("2025-01-31"), 3, d("2025-12-31"), null));
        assertEquals(List.of(d("2025-01-31"), d("2025-02-28"), d("2025-03-31")),
                ReportingSchedule.dueDates(d("2025-01-31"), 1, d("2025-03-31"), null), "not the 28th ever after");
    }

    @Test
    void liftingTheInterventionEndsItsDutiesAndADutyWithoutAnEndListsThreeYearsOfMonths() {
        assertEquals(List.of(d("2025-01-31"), d("2025-04-30")),
                ReportingSchedule.dueDates(d("2025-01-31"), 3, d("2025-12-31"), d("2025-06-01")));
        List<LocalDate> open = ReportingSchedule.dueDates(d("2025-01-15"), 1, null, null);
        assertEquals(36, open.size());
        assertEquals(d("2027-12-15"), open.get(35));
    }

    @Test
    void theNextReportDueIsTheFirstOnOrAfterTheDayWhileTheDutyRuns() {
        assertEquals(Optional.of(d("2025-01-31")), ReportingSchedule.nextDue(d("2025-01-31"), 3, null, null, d("2024-06-01")));
        assertEquals(Optional.of(d("2025-07-31")), ReportingSchedule.nextDue(d("2025-01-31"), 3, null, null, d("2025-05-01")));
        assertEquals(Optional.of(d("2025-07-31")), ReportingSchedule.nextDue(d("2025-01-31"), 3, null, null, d("2025-07-31")));
        assertEquals(Optional.of(d("2031-01-31")), ReportingSchedule.nextDue(d("2025-01-31"), 6, null, null, d("2030-08-01")),
                "past the listed dates, the next is still known");
        assertEquals(Optional.empty(), ReportingSchedule.nextDue(d("2025-01-31"), 3, d("2025-12-31"), null, d("2025-11-01")));
        assertEquals(Optional.empty(), ReportingSchedule.nextDue(d("2025-01-31"), 3, null, d("2025-05-01"), d("2025-05-02")));
    }
}
