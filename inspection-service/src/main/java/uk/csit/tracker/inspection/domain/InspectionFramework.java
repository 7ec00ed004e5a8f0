package uk.csit.tracker.inspection.domain;

import static uk.csit.tracker.inspection.domain.JudgementArea.CARE_LEAVERS;
import static uk.csit.tracker.inspection.domain.JudgementArea.CHILDREN_IN_CARE;
import static uk.csit.tracker.inspection.domain.JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS;
import static uk.csit.tracker.inspection.domain.JudgementArea.HELP_AND_PROTECTION;
import static uk.csit.tracker.inspection.domain.JudgementArea.IMPACT_OF_LEADERS;
import static uk.csit.tracker.inspection.domain.JudgementArea.OVERALL_EFFECTIVENESS;
import static uk.csit.tracker.inspection.domain.JudgementArea.SIF_ADOPTION_PERFORMANCE;
import static uk.csit.tracker.inspection.domain.JudgementArea.SIF_EXPERIENCES_OF_CARE_LEAVERS;
import static uk.csit.tracker.inspection.domain.JudgementArea.SIF_HELP_AND_PROTECTION;
import static uk.csit.tracker.inspection.domain.JudgementArea.SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static uk.csit.tracker.inspection.domain.JudgementArea.SIF_LOOKED_AFTER_AND_PERMANENCE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Ofsted frameworks a graded inspection of children's services was made under, each with its own areas, in its
 * own words, and its grade scale: history keeps each judgement in the words of its time. A framework to come (the
 * renewed children and families services framework Ofsted is consulting on for 2027) is one more constant here,
 * with its areas and words.
 */
public enum InspectionFramework {
    /** The single inspection framework, November 2013 to 2017. */
    SIF_2013("Single inspection framework (2013)", LocalDate.of(2013, 11, 1), LocalDate.of(2017, 12, 31), words(
            OVERALL_EFFECTIVENESS, "Overall effectiveness",
            SIF_HELP_AND_PROTECTION, "Children who need help and protection",
            SIF_LOOKED_AFTER_AND_PERMANENCE, "Children looked after and achieving permanence",
            SIF_ADOPTION_PERFORMANCE, "Adoption performance",
            SIF_EXPERIENCES_OF_CARE_LEAVERS, "Experiences and progress of care leavers",
            SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE, "Leadership, management and governance")),
    /** Inspecting local authority children's services, January 2018 to December 2022. */
    ILACS_2018("ILACS (2018)", LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31), words(
            OVERALL_EFFECTIVENESS, "Overall effectiveness",
            IMPACT_OF_LEADERS, "The impact of leaders on social work practice with children and families",
            HELP_AND_PROTECTION, "The experiences and progress of children who need help and protection",
            CHILDREN_IN_CARE_AND_CARE_LEAVERS, "The experiences and progress of children in care and care leavers")),
    /** ILACS from January 2023: children in care and care leavers judged apart. */
    ILACS_2023("ILACS (2023)", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 3, 31), words(
            OVERALL_EFFECTIVENESS, "Overall effectiveness",
            IMPACT_OF_LEADERS, "The impact of leaders on social work practice with children and families",
            HELP_AND_PROTECTION, "The experiences and progress of children who need help and protection",
            CHILDREN_IN_CARE, "The experiences and progress of children in care",
            CARE_LEAVERS, "The experiences and progress of care leavers")),
    /** ILACS from April 2026: no overall effectiveness grade; the four areas stay graded. */
    ILACS_2026("ILACS (April 2026)", LocalDate.of(2026, 4, 1), null, words(
            IMPACT_OF_LEADERS, "The impact of leaders on social work practice with children and families",
            HELP_AND_PROTECTION, "The experiences and progress of children who need help and protection",
            CHILDREN_IN_CARE, "The experiences and progress of children in care",
            CARE_LEAVERS, "The experiences and progress of care leavers"));

    /** The four-point scale every framework so far has used, in Ofsted's words. */
    private static final Map<Grade, String> FOUR_POINT_SCALE = new EnumMap<>(Map.of(
            Grade.OUTSTANDING, "Outstanding", Grade.GOOD, "Good",
            Grade.REQUIRES_IMPROVEMENT_TO_BE_GOOD, "Requires improvement to be good", Grade.INADEQUATE, "Inadequate"));

    private final String title;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<JudgementArea, String> areas;

    InspectionFramework(String title, LocalDate from, LocalDate to, Map<JudgementArea, String> areas) {
        this.title = title;
        this.from = from;
        this.to = to;
        this.areas = areas;
    }

    public String title() {
        return title;
    }

    /** The framework a graded inspection judged on the day was made under, if any. */
    public static Optional<InspectionFramework> of(InspectionType type, LocalDate judgedOn) {
        if (type == null || !type.graded() || judgedOn == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> (type == InspectionType.SIF_INSPECTION) == (f == SIF_2013))
                .filter(f -> !judgedOn.isBefore(f.from) && (f.to == null || !judgedOn.isAfter(f.to))).findFirst();
    }

    /** The area in this framework's words, if the framework grades it. */
    public Optional<String> words(JudgementArea area) {
        return Optional.ofNullable(areas.get(area));
    }

    /** The grade in this framework's words. */
    public String words(Grade grade) {
        return FOUR_POINT_SCALE.get(grade);
    }

    public boolean grades(JudgementArea area) {
        return areas.containsKey(area);
    }

    private static Map<JudgementArea, String> words(Object... areaThenWords) {
        Map<JudgementArea, String> out = new LinkedHashMap<>();
        for (int i = 0; i < areaThenWords.length; i += 2) {
            out.put((JudgementArea) areaThenWords[i], (String) areaThenWords[i + 1]);
        }
        return out;
    }
}
