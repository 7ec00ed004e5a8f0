package uk.csit.tracker.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.client.InspectionDtos.Finding;
import uk.csit.tracker.gateway.client.InspectionDtos.StatusChange;
import uk.csit.tracker.kit.problem.ProblemException;

class RecommendationAsAtTest {

    // Made at the inspection of November 2023; in progress from March 2024; met in June 2025.
    static final List<StatusChange> HISTORY = List.of(
            new StatusChange("IN_PROGRESS", "MET", LocalDate.of(2025, 6, 2), "Audit shows supervision monthly", null,
                    Instant.parse("2025-06-02T09:00:00Z")),
            new StatusChange("OPEN", "IN_PROGRESS", LocalDate.of(2024, 3, 1), "Plan approved", null,
                    Instant.parse("2024-03-01T09:00:00Z")));

    static final Finding NOW = new Finding("ILACS-2023-R1", "ILACS-2023", "ILACS", LocalDate.of(2023, 11, 6),
            "RECOMMENDATION", "Improve supervision", false, "HELP_AND_PROTECTION", "MET", LocalDate.of(2025, 6, 2),
            "Audit shows supervision monthly", "Ofsted", HISTORY, 3L);

    @Test
    void theStatusIsTheOneTheLastChangeByTheDayLeftItIn() {
        Finding then = RecommendationAsAt.asItStood(NOW, LocalDate.of(2025, 3, 31));
        assertEquals("IN_PROGRESS", then.status());
        assertEquals(LocalDate.of(2024, 3, 1), then.statusDate());
        assertEquals("Plan approved", then.statusEvidence());
        assertEquals(1, then.statusHistory().size());
        assertEquals("Improve supervision", then.text());
    }

    @Test
    void beforeAnyChangeItHadItsFirstStatus() {
        Finding then = RecommendationAsAt.asItStood(NOW, LocalDate.of(2024, 1, 15));
        assertEquals("OPEN", then.status());
        assertNull(then.statusDate());
        assertEquals(List.of(), then.statusHistory());
    }

    @Test
    void afterItsLastChangeItIsAsItIsNow() {
        assertSame(NOW, RecommendationAsAt.asItStood(NOW, LocalDate.of(2025, 6, 2)));
    }

    @Test
    void beforeItsInspectionItHadNotBeenMade() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> RecommendationAsAt.asItStood(NOW, LocalDate.of(2023, 11, 5)));
        assertEquals(404, e.type().status());
    }
}
