package uk.csit.tracker.plan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a council's published figure for a period stands against others in the same file: England, its region, its
 * statistical neighbours (their figures, median and mean) and its rank among them and among every local authority
 * (1 is the best by the KPI's polarity; councils with equal figures share a rank). Figures that are suppressed are
 * listed with their symbol and left out of the median, mean and ranks.
 */
public record KpiComparators(String period, String source, BigDecimal england, String regionCode, String regionName,
        BigDecimal region, List<Neighbour> neighbours, BigDecimal neighboursMedian, BigDecimal neighboursMean,
        Integer rankAmongNeighbours, int rankedAmongNeighbours, Integer quartileAmongNeighbours,
        Integer rankAmongLocalAuthorities, int rankedLocalAuthorities, Integer quartile) {

    /** A statistical neighbour's figure for the same period (the value, or the symbol that stands for it). */
    public record Neighbour(int position, String laCode, String name, String closeness, BigDecimal value,
            String symbol) {
    }
}
