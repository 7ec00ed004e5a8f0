package uk.csit.tracker.plan.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.csit.tracker.kit.csv.CsvFiles;
import uk.csit.tracker.plan.rest.dto.PlanDtos.KpiValueResponse;

/**
 * A KPI's series as CSV: one row per value (a period may have the council's own and a published one), numbers as
 * plain decimals, dates as YYYY-MM-DD; for a published value, Statistical neighbours is the neighbours' median.
 */
public final class KpiValueSheet {

    public static final List<String> COLUMNS = List.of("KPI code", "Period start", "Period end", "Period label", "Value",
            "Numerator", "Denominator", "Target", "England", "London", "Statistical neighbours", "RAG", "Source",
            "Basis", "Withheld");

    private KpiValueSheet() {
    }

    public static String csv(List<KpiValueResponse> values) {
        List<String[]> rows = new ArrayList<>(values.size());
        for (KpiValueResponse v : values) {
            rows.add(new String[] {v.kpiCode(), v.periodStart().toString(), v.periodEnd().toString(), v.periodLabel(),
                    number(v.value()), number(v.numerator()), number(v.denominator()), number(v.target()),
                    number(v.england()), number(v.london()), number(v.statisticalNeighbours()),
                    v.rag() == null ? null : v.rag().name(), v.source(), v.basis() == null ? null : v.basis().name(),
                    v.withheld() == null ? null : v.withheld().symbol()});
        }
        return CsvFiles.write(COLUMNS, rows);
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
