package uk.csit.tracker.plan.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Polarity;
import uk.csit.tracker.plan.domain.Suppression;
import uk.csit.tracker.plan.service.KpiComparison.Figure;

/**
 * Collects, from a published file read row by row, the figures of every KPI whose source it is: on each row whose
 * filter columns hold a mapping's values, the mapping's indicator column, for the row's geography (England, a region
 * or a local authority) and period. Every row is checked, so a file is refused whole (and nothing is written) when
 * one line is malformed.
 */
final class PublishedFigures implements PublishedFile.Rows {

    /** How many figures one import keeps; a file with more is refused rather than held in memory. */
    static final int MAX_FIGURES = 300_000;
    /** The longest text read as a number: more is no figure, and parsing it would only cost time. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** The largest figure a KPI value holds (numeric(14, 4)). */
    static final BigDecimal LIMIT = new BigDecimal("1E10");
    private static final DateTimeFormatter RELEASED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A KPI's source as the import uses it. */
    record Mapping(long kpiId, String kpiCode, Polarity polarity, String publication, String indicator,
            Map<String, String> filters, MonthDay yearEnds) {
    }

    /** A figure read, with the line it came from. */
    record Read(long kpiId, String timePeriod, PublishedPeriod period, Figure figure, String source,
            LocalDate released, int line) {
    }

    private final List<Mapping> mappings;
    private final LocalDate released;
    private List<Mapping> applicable = List.of();
    private final Map<String, Read> figures = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private int rows;

    PublishedFigures(List<Mapping> mappings, LocalDate released) {
        this.mappings = mappings;
        this.released = released;
    }

    @Override
    public void header(PublishedFile.Header header) {
        applicable = mappings.stream().filter(m -> header.has(m.indicator())
                && m.filters().keySet().stream().allMatch(header::has)).toList();
        if (applicable.isEmpty()) {
            throw ProblemException.unprocessable("file", "no KPI's published source is in this file: a source names"
                    + " an indicator column and filter columns, and this file's columns are "
                    + String.join(", ", header.names()) + ". Set a KPI's published source first"
                    + " (POST /api/v1/kpis/{ref}/published-source).");
        }
    }

    @Override
    public void row(PublishedFile.Row row) {
        rows++;
        for (Mapping mapping : applicable) {
            if (mapping.filters().entrySet().stream().allMatch(f -> f.getValue().equalsIgnoreCase(row.get(f.getKey())))) {
                read(mapping, row);
            }
        }
    }

    private void read(Mapping mapping, PublishedFile.Row row) {
        String level = row.get("geographic_level");
        String code;
        String name;
        if (KpiComparison.NATIONAL.equalsIgnoreCase(level)) {
            code = row.get("country_code");
            name = row.get("country_name");
        } else if (KpiComparison.REGIONAL.equalsIgnoreCase(level)) {
            code = row.get("region_code");
            name = row.get("region_name");
        } else if (KpiComparison.LOCAL_AUTHORITY.equalsIgnoreCase(level)) {
            code = row.get("new_la_code") != null ? row.get("new_la_code") : row.get("old_la_code");
            name = row.get("la_name");
        } else {
            counts.merge("otherGeographies", 1, Integer::sum);
            return; // a geography no comparator uses (a ward, a parliamentary constituency)
        }
        if (code == null || name == null) {
            throw PublishedFile.invalid(row.line(), "is a " + level + " row without its code or name");
        }
        String timePeriod = row.get("time_period");
        fits(row, "area code", code, 60);
        fits(row, "area name", name, 200);
        fits(row, "old_la_code", row.get("old_la_code"), 30);
        fits(row, "region_code", row.get("region_code"), 20);
        fits(row, "region_name", row.get("region_name"), 100);
        fits(row, "time_period", timePeriod, 20);
        PublishedPeriod period = PublishedPeriod.of(row.get("time_identifier"), timePeriod, mapping.yearEnds())
                .orElseThrow(() -> PublishedFile.invalid(row.line(), "has the period '" + timePeriod + "' ("
                        + row.get("time_identifier") + "); this import reads reporting, calendar, financial, academic"
                        + " and tax years"));
        String cell = row.get(mapping.indicator());
        if (cell == null) {
            counts.merge("empty", 1, Integer::sum);
            return; // not published for this geography: nothing to keep, and never a zero
        }
        BigDecimal value = null;
        String symbol = null;
        var suppression = Suppression.of(cell);
        if (suppression.isPresent()) {
            symbol = suppression.get().symbol();
            counts.merge("suppressed", 1, Integer::sum);
        } else {
            if (cell.length() > MAX_NUMBER_LENGTH) {
                throw PublishedFile.invalid(row.line(), "has " + cell.length() + " characters in " + mapping.indicator()
                        + "; a figure has at most " + MAX_NUMBER_LENGTH);
            }
            try {
                value = new BigDecimal(cell);
            } catch (NumberFormatException e) {
                throw PublishedFile.invalid(row.line(), "has '" + cell + "' in " + mapping.indicator()
                        + ": neither a number nor a symbol of the format (c, low, k, x, z, u)");
            }
            if (value.abs().compareTo(LIMIT) >= 0) {
                throw PublishedFile.invalid(row.line(), "has " + cell + " in " + mapping.indicator()
                        + ", beyond the largest figure a KPI holds");
            }
        }
        Figure figure = new Figure(level, code, name, row.get("old_la_code"), row.get("region_code"),
                row.get("region_name"), value, symbol);
        String key = mapping.kpiId() + " " + code + " " + timePeriod;
        Read earlier = figures.get(key);
        if (earlier != null) {
            if (!earlier.figure().holds(figure.value(), figure.symbol())) {
                throw PublishedFile.invalid(row.line(), "gives " + name + " a second figure for " + timePeriod
                        + " in " + mapping.indicator() + " (the first is on line " + earlier.line() + "): if another"
                        + " column tells the two apart, add it to the filters of " + mapping.kpiCode()
                        + "'s published source");
            }
            return;
        }
        if (figures.size() >= MAX_FIGURES) {
            throw ProblemException.unprocessable("file", "holds more than " + MAX_FIGURES + " figures of KPIs; send"
                    + " it in parts (a period or a few indicators at a time)");
        }
        figures.put(key, new Read(mapping.kpiId(), timePeriod, period, figure, source(mapping, period), released,
                row.line()));
    }

    private static void fits(PublishedFile.Row row, String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw PublishedFile.invalid(row.line(), "has a " + what + " of " + value.length()
                    + " characters; at most " + max + " are kept");
        }
    }

    private String source(Mapping mapping, PublishedPeriod period) {
        return "Department for Education, " + mapping.publication() + ", " + period.label()
                + (released == null ? "" : " (released " + RELEASED.format(released) + ")");
    }

    List<Read> figures() {
        return new ArrayList<>(figures.values());
    }

    List<Mapping> applicable() {
        return applicable;
    }

    int rows() {
        return rows;
    }

    int count(String what) {
        return counts.getOrDefault(what, 0);
    }
}
