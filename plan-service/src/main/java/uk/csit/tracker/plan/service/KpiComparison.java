package uk.csit.tracker.plan.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import uk.csit.tracker.kit.json.Decimals;
import uk.csit.tracker.plan.domain.KpiComparators;
import uk.csit.tracker.plan.domain.Polarity;

/**
 * Works out where a council's published figure stands among the figures of the same KPI and period: England, its
 * region, its statistical neighbours and every local authority. The arithmetic only; the figures come from the
 * database.
 */
public final class KpiComparison {

    public static final String NATIONAL = "National";
    public static final String REGIONAL = "Regional";
    public static final String LOCAL_AUTHORITY = "Local authority";

    private KpiComparison() {
    }

    /**
     * One geography's figure as published. A local authority row may cover two councils since a reorganisation: its
     * codes are then written {@code 940 / 941}.
     */
    public record Figure(String level, String areaCode, String areaName, String oldLaCode, String regionCode,
            String regionName, BigDecimal value, String symbol) {

        /** True when this figure is the value (equal whatever its scale) or the symbol given. */
        public boolean holds(BigDecimal otherValue, String otherSymbol) {
            boolean sameValue = value == null ? otherValue == null
                    : otherValue != null && value.compareTo(otherValue) == 0;
            return sameValue && java.util.Objects.equals(symbol, otherSymbol);
        }

        /** True when this row is, or covers, the council with this (old or new) code. */
        public boolean covers(String code) {
            return codes(areaCode).contains(code) || codes(oldLaCode).contains(code);
        }

        private static List<String> codes(String written) {
            return written == null ? List.of() : Arrays.stream(written.split("/")).map(String::trim).toList();
        }
    }

    /** A neighbour as the DfE's model names it. */
    public record NeighbourRef(int position, String laCode, String name, String closeness) {
    }

    /**
     * The comparators for the council's figure, among the period's figures (every geography the file held for it).
     * Figures without a value (suppressed) are shown but neither ranked nor counted in a median or mean.
     */
    public static KpiComparators compare(Figure council, Collection<Figure> period, List<NeighbourRef> neighbours,
            Polarity polarity, String periodLabel, String source) {
        BigDecimal england = first(period, f -> NATIONAL.equalsIgnoreCase(f.level())).map(Figure::value).orElse(null);
        Figure region = council.regionCode() == null ? null : first(period,
                f -> REGIONAL.equalsIgnoreCase(f.level()) && council.regionCode().equals(f.areaCode())).orElse(null);
        List<Figure> localAuthorities = period.stream().filter(f -> LOCAL_AUTHORITY.equalsIgnoreCase(f.level()))
                .toList();

        List<KpiComparators.Neighbour> shown = new ArrayList<>();
        // A row covering two neighbours (a merged council) counts once.
        Map<Figure, Boolean> counted = new IdentityHashMap<>();
        for (NeighbourRef ref : neighbours) {
            Figure figure = localAuthorities.stream().filter(f -> f.covers(ref.laCode())).findFirst().orElse(null);
            shown.add(new KpiComparators.Neighbour(ref.position(), ref.laCode(),
                    ref.name() != null ? ref.name() : figure == null ? null : figure.areaName(), ref.closeness(),
                    figure == null ? null : figure.value(), figure == null ? null : figure.symbol()));
            if (figure != null && figure.value() != null && figure != council) {
                counted.put(figure, true);
            }
        }
        List<BigDecimal> neighbourValues = counted.keySet().stream().map(Figure::value).toList();
        List<BigDecimal> withCouncil = new ArrayList<>(neighbourValues);
        if (council.value() != null) {
            withCouncil.add(council.value());
        }
        List<BigDecimal> allValues = localAuthorities.stream().map(Figure::value).filter(Objects::nonNull).toList();
        Integer rankAll = rank(council.value(), allValues, polarity);
        Integer rankNeighbours = rank(council.value(), withCouncil, polarity);
        return new KpiComparators(periodLabel, source, england, council.regionCode(), council.regionName(),
                region == null ? null : region.value(), shown, median(neighbourValues), mean(neighbourValues),
                rankNeighbours, withCouncil.size(),
                rankNeighbours == null ? null : quartile(rankNeighbours, withCouncil.size()), rankAll,
                allValues.size(), rankAll == null ? null : quartile(rankAll, allValues.size()));
    }

    /** 1 and one more for each value better than this one by the polarity; equal values share a rank. */
    static Integer rank(BigDecimal value, List<BigDecimal> among, Polarity polarity) {
        if (value == null) {
            return null;
        }
        long better = among.stream().filter(other -> polarity == Polarity.LOWER_IS_BETTER
                ? other.compareTo(value) < 0 : other.compareTo(value) > 0).count();
        return (int) better + 1;
    }

    /** 1 when fewer than a quarter of the ranked councils do better, up to 4 when three quarters or more do. */
    static int quartile(int rank, int ranked) {
        return Math.min(4, (rank - 1) * 4 / ranked + 1);
    }

    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO);
        return Decimals.plain(median.setScale(scale(values), RoundingMode.HALF_UP));
    }

    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Decimals.plain(sum.divide(BigDecimal.valueOf(values.size()), scale(values), RoundingMode.HALF_UP));
    }

    /**
     * A median or mean is rounded to one more place than the figures it is made of (at least one), so that it never
     * claims more precision than they have but keeps the half a median of two can fall on; trailing zeros are dropped.
     */
    private static int scale(List<BigDecimal> values) {
        int places = values.stream().mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale())).max().orElse(0);
        return Math.max(1, places + 1);
    }

    private static java.util.Optional<Figure> first(Collection<Figure> figures, Predicate<Figure> which) {
        return figures.stream().filter(which).findFirst();
    }
}
