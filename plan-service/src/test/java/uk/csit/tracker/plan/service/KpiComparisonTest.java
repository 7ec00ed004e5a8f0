package uk.csit.tracker.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.plan.domain.KpiComparators;
import uk.csit.tracker.plan.domain.Polarity;
import uk.csit.tracker.plan.service.KpiComparison.Figure;
import uk.csit.tracker.plan.service.KpiComparison.NeighbourRef;

class KpiComparisonTest {

    private static Figure la(String old, String code, String value) {
        return new Figure("Local authority", code, "LA " + old, old, "E13000002", "Outer London",
                value == null || value.matches("[a-z]+") ? null : new BigDecimal(value),
                value != null && value.matches("[a-z]+") ? value : null);
    }

    private static List<NeighbourRef> neighbours(String... codes) {
        List<NeighbourRef> out = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            out.add(new NeighbourRef(i + 1, codes[i], "Neighbour " + codes[i], "Close"));
        }
        return out;
    }

    @Test
    void theCouncilStandsAgainstEnglandItsRegionAndItsNeighbours() {
        Figure council = la("311", "E09000016", "15");
        List<Figure> period = List.of(
                new Figure("National", "E92000001", "England", null, null, null, new BigDecimal("15.2"), null),
                new Figure("Regional", "E13000002", "Outer London", null, null, null, new BigDecimal("14.6"), null),
                new Figure("Regional", "E13000001", "Inner London", null, null, null, new BigDecimal("17"), null),
                council, la("303", "E09000004", "15.2"), la("822", "E06000055", "19.5"), la("883", "E06000034", "12.2"),
                la("999", "E09000099", "30"));
        KpiComparators c = KpiComparison.compare(council, period, neighbours("303", "822", "883"),
                Polarity.LOWER_IS_BETTER, "2025", "Department for Education, workforce, 2025");
        assertEquals(new BigDecimal("15.2"), c.england());
        assertEquals(new BigDecimal("14.6"), c.region(), "its own region, not another");
        assertEquals("Outer London", c.regionName());
        assertEquals(new BigDecimal("15.2"), c.neighboursMedian());
        assertEquals(new BigDecimal("15.63"), c.neighboursMean(), "46.9 / 3, to one place more than the figures");
        assertEquals(2, c.rankAmongNeighbours(), "12.2 is lower, and lower is better");
        assertEquals(4, c.rankedAmongNeighbours());
        assertEquals(2, c.rankAmongLocalAuthorities());
        assertEquals(5, c.rankedLocalAuthorities());
        assertEquals(1, c.quartile(), "one of five does better");
        assertEquals(List.of("303", "822", "883"), c.neighbours().stream().map(KpiComparators.Neighbour::laCode).toList());
    }

    @Test
    void higherIsBetterRanksTheOtherWayAndEqualFiguresShareARank() {
        Figure council = la("311", "E09000016", "80");
        List<Figure> period = List.of(council, la("303", "A", "90"), la("822", "B", "80"), la("883", "C", "70"));
        KpiComparators c = KpiComparison.compare(council, period, neighbours("303", "822", "883"),
                Polarity.HIGHER_IS_BETTER, "2025", "s");
        assertEquals(2, c.rankAmongNeighbours());
        assertEquals(2, c.rankAmongLocalAuthorities(), "80 and 80 share second place");
        assertEquals(new BigDecimal("80"), c.neighboursMedian().stripTrailingZeros().setScale(0));
    }

    @Test
    void withheldFiguresAreShownButNeitherRankedNorCountedAndAWithheldCouncilHasNoRank() {
        Figure council = la("311", "E09000016", "c");
        List<Figure> period = List.of(council, la("303", "A", "x"), la("822", "B", "10"), la("883", "C", "20"));
        KpiComparators c = KpiComparison.compare(council, period, neighbours("303", "822", "883", "404"),
                Polarity.LOWER_IS_BETTER, "2025", "s");
        assertEquals("x", c.neighbours().get(0).symbol());
        assertNull(c.neighbours().get(0).value());
        assertNull(c.neighbours().get(3).value(), "a neighbour the file does not have");
        assertEquals(new BigDecimal("15"), c.neighboursMedian().stripTrailingZeros());
        assertEquals(2, c.rankedAmongNeighbours());
        assertNull(c.rankAmongNeighbours());
        assertNull(c.rankAmongLocalAuthorities());
        assertNull(c.quartile());
    }

    @Test
    void aMergedCouncilsRowStandsForEachOfItsCouncilsButCountsOnce() {
        Figure council = la("311", "E09000016", "15");
        Figure merged = la("314 / 318", "E09000021 / E09000027", "11");
        KpiComparators c = KpiComparison.compare(council, List.of(council, merged, la("303", "A", "13")),
                neighbours("314", "318", "303"), Polarity.LOWER_IS_BETTER, "2025", "s");
        assertEquals(new BigDecimal("11"), c.neighbours().get(0).value());
        assertEquals(new BigDecimal("11"), c.neighbours().get(1).value());
        assertEquals(new BigDecimal("12"), c.neighboursMedian(), "11 and 13, the merged row once");
        assertEquals(3, c.rankedAmongNeighbours());
    }

    @Test
    void quartilesSplitTheRankedIntoQuarters() {
        assertEquals(1, KpiComparison.quartile(1, 149));
        assertEquals(1, KpiComparison.quartile(38, 149), "37 do better: fewer than a quarter of 149 (37.25)");
        assertEquals(2, KpiComparison.quartile(39, 149));
        assertEquals(2, KpiComparison.quartile(65, 149));
        assertEquals(4, KpiComparison.quartile(149, 149));
        assertEquals(1, KpiComparison.quartile(1, 1));
    }
}
