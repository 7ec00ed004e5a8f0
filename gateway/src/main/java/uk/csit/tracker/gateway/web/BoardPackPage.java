package uk.csit.tracker.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.csit.tracker.gateway.client.FinanceDtos.SummaryYear;
import uk.csit.tracker.gateway.service.BoardPack;
import uk.csit.tracker.gateway.service.ChangesSince;
import uk.csit.tracker.gateway.service.StatusView;

/** The board pack as one HTML document (GOV.UK styles written in, so it prints and mails as it is). */
public final class BoardPackPage {

    private static final Map<String, String> RAG_FILLS = Map.of("RED", "#d4351c", "AMBER", "#ffdd00", "GREEN",
            "#00703c", "COMPLETE", "#1d70b8", "NOT_ASSESSED", "#b1b4b6");
    private static final List<Charts.Series> MONEY_SERIES = List.of(new Charts.Series("Allocated", "#1d70b8"),
            new Charts.Series("Spent", "#00703c"), new Charts.Series("Forecast outturn", "#f47738"));

    @CheckedTemplate(basePath = "board-pack")
    static class Templates {
        static native TemplateInstance pack(BoardPack pack, Figures figures);
    }

    /** A code and how many. */
    public record Count(String code, long value) {
    }

    /** What the template shows that is worked out from the pack: counts in reading order and the charts. */
    public record Figures(String council, List<Count> actionsByRag, List<Count> actionsByStatus, String ragChart,
            String moneyChart) {
    }

    private BoardPackPage() {
    }

    public static String html(BoardPack pack) {
        return Templates.pack(pack, figures(pack.now())).render();
    }

    static Figures figures(StatusView now) {
        String council = now.localAuthority() == null ? "The council" : now.localAuthority().name();
        List<Count> byRag = now.plan() == null ? List.of() : counts(ChangesSince.RAGS, now.plan().byRag());
        List<Count> byStatus = now.plan() == null ? List.of() : counts(ChangesSince.ACTION_STATUSES, now.plan().byStatus());
        String ragChart = byRag.isEmpty() ? null : Charts.bars("rag-chart", "Actions by RAG rating",
                byRag.stream().map(c -> new Charts.Bar(Formats.words(c.code()), BigDecimal.valueOf(c.value()),
                        RAG_FILLS.get(c.code()))).toList(), v -> v.toPlainString());
        String moneyChart = null;
        if (now.finance() != null && now.finance().years() != null && !now.finance().years().isEmpty()) {
            List<Charts.Group> groups = new ArrayList<>();
            for (SummaryYear year : now.finance().years()) {
                groups.add(new Charts.Group(year.financialYear().label(),
                        java.util.Arrays.asList(year.allocatedGbp(), year.spentGbp(), year.forecastOutturnGbp())));
            }
            moneyChart = Charts.groupedBars("money-chart", "Money by financial year", MONEY_SERIES, groups,
                    Formats::gbp);
        }
        return new Figures(council, byRag, byStatus, ragChart, moneyChart);
    }

    private static List<Count> counts(List<String> order, Map<String, Long> counts) {
        if (counts == null) {
            return List.of();
        }
        List<Count> out = new ArrayList<>();
        order.forEach(code -> out.add(new Count(code, counts.getOrDefault(code, 0L))));
        counts.keySet().stream().filter(code -> !order.contains(code)).sorted()
                .forEach(code -> out.add(new Count(code, counts.get(code))));
        return out;
    }
}
