package uk.csit.tracker.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InspectionFrameworkTest {

    private static Optional<InspectionFramework> of(InspectionType type, String day) {
        return InspectionFramework.of(type, LocalDate.parse(day));
    }

    @Test
    void aGradedInspectionBelongsToTheFrameworkOfTheDayItWasJudged() {
        assertEquals(Optional.of(InspectionFramework.ILACS_2023), of(InspectionType.ILACS_STANDARD, "2023-12-22"));
        assertEquals(Optional.of(InspectionFramework.ILACS_2026), of(InspectionType.ILACS_SHORT, "2026-04-01"));
        assertEquals(Optional.of(InspectionFramework.ILACS_2018), of(InspectionType.ILACS_STANDARD, "2022-12-31"));
        assertEquals(Optional.of(InspectionFramework.SIF_2013), of(InspectionType.SIF_INSPECTION, "2016-06-10"));
        assertEquals(Optional.empty(), of(InspectionType.MONITORING_VISIT, "2025-03-19"), "a visit is not graded");
        assertEquals(Optional.empty(), of(InspectionType.ILACS_STANDARD, "2016-06-10"), "ILACS began in 2018");
    }

    @Test
    void eachFrameworkHasItsOwnAreasInItsOwnWords() {
        assertFalse(InspectionFramework.ILACS_2026.grades(JudgementArea.OVERALL_EFFECTIVENESS));
        assertTrue(InspectionFramework.ILACS_2023.grades(JudgementArea.OVERALL_EFFECTIVENESS));
        assertEquals(Optional.of("The experiences and progress of children in care and care leavers"),
                InspectionFramework.ILACS_2018.words(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS));
        assertEquals(Optional.empty(), InspectionFramework.ILACS_2018.words(JudgementArea.CARE_LEAVERS));
        assertEquals(Optional.of("The experiences and progress of care leavers"),
                InspectionFramework.ILACS_2023.words(JudgementArea.CARE_LEAVERS));
        assertEquals("Requires improvement to be good",
                InspectionFramework.ILACS_2026.words(Grade.REQUIRES_IMPROVEMENT_TO_BE_GOOD));
    }

    @Test
    void everyAreaBelongsToAFrameworkAndIsGradedOnlyWhileOneOfItsFrameworksRuns() {
        for (JudgementArea area : JudgementArea.values()) {
            assertTrue(Arrays.stream(InspectionFramework.values()).anyMatch(f -> f.grades(area)), area.name());
        }
        // The area's own validity and the frameworks agree on every day from 2013 to 2030.
        for (LocalDate day = LocalDate.of(2013, 11, 1); day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusDays(7)) {
            for (InspectionType type : new InspectionType[] {InspectionType.ILACS_STANDARD, InspectionType.SIF_INSPECTION}) {
                Optional<InspectionFramework> framework = InspectionFramework.of(type, day);
                for (JudgementArea area : JudgementArea.values()) {
                    if (framework.isPresent() && framework.get().grades(area)) {
                        assertTrue(area.validOn(day), area + " in " + framework.get() + " on " + day);
                    }
                }
            }
        }
    }
}
