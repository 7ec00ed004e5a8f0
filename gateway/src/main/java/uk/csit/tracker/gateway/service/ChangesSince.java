package uk.csit.tracker.gateway.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import uk.csit.tracker.gateway.client.FinanceDtos.SummaryYear;
import uk.csit.tracker.gateway.client.PlanDtos.KpiHeadline;
import uk.csit.tracker.gateway.client.PlanDtos.PriorityRollup;

/**
 * What moved between two pictures of the improvement, each as it stood at the end of its day: the board's "what
 * changed since". A part whose service was unavailable for either picture is null, never guessed.
 */
public record ChangesSince(
        List<CountMove> actionsByRag,
        List<CountMove> actionsByStatus,
        CountMove overdueActions,
        List<RagMove> wentRed,
        List<RagMove> recovered,
        List<RagMove> otherRagMoves,
        List<StatusView.Recommendation> newRecommendations,
        List<StatusMove> recommendationMoves,
        List<MoneyMove> money,
        List<KpiMove> kpis) {

    /** RAGs and action statuses in the order a board reads them. */
    public static final List<String> RAGS = List.of("RED", "AMBER", "GREEN", "COMPLETE", "NOT_ASSESSED");
    public static final List<String> ACTION_STATUSES = List.of("NOT_STARTED", "IN_PROGRESS", "COMPLETE", "DEFERRED", "BLOCKED");

    /** A count then and now. */
    public record CountMove(String name, long then, long now) {
        public long change() {
            return now - then;
        }
    }

    /** A priority whose RAG is not what it was (from is null for a priority the plan did not have then). */
    public record RagMove(String ref, String title, String from, String to) {
    }

    /** A recommendation whose status is not what it was. */
    public record StatusMove(String ref, String from, String to, java.time.LocalDate on) {
    }

    /** A financial year's money then and now (null where the year was not recorded then). */
    public record MoneyMove(String year, BigDecimal allocatedThen, BigDecimal allocatedNow, BigDecimal spentThen,
            BigDecimal spentNow, BigDecimal forecastThen, BigDecimal forecastNow) {

        public boolean moved() {
            return !same(allocatedThen, allocatedNow) || !same(spentThen, spentNow) || !same(forecastThen, forecastNow);
        }
    }

    /** A KPI's latest value then and now. */
    public record KpiMove(String code, String name, String unit, String periodThen, BigDecimal valueThen,
            String periodNow, BigDecimal valueNow, String ragThen, String ragNow) {

        public boolean moved() {
            return !Objects.equals(periodThen, periodNow) || !same(valueThen, valueNow) || !Objects.equals(ragThen, ragNow);
        }
    }

    public static ChangesSince between(StatusView then, StatusView now) {
        boolean plan = then.plan() != null && now.plan() != null;
        List<RagMove> wentRed = new ArrayList<>();
        List<RagMove> recovered = new ArrayList<>();
        List<RagMove> other = new ArrayList<>();
        if (plan) {
            Map<String, PriorityRollup> before = byKey(then.plan().priorities(), PriorityRollup::ref);
            for (PriorityRollup p : listOf(now.plan().priorities())) {
                PriorityRollup was = before.get(p.ref());
                String from = was == null ? null : was.rag();
                if (Objects.equals(from, p.rag())) {
                    continue;
                }
                RagMove move = new RagMove(p.ref(), p.title(), from, p.rag());
                if ("RED".equals(p.rag())) {
                    wentRed.add(move);
                } else if ("RED".equals(from)) {
                    recovered.add(move);
                } else {
                    other.add(move);
                }
            }
        }
        boolean inspection = then.recommendations() != null && now.recommendations() != null;
        List<StatusView.Recommendation> added = new ArrayList<>();
        List<StatusMove> moved = new ArrayList<>();
        if (inspection) {
            Map<String, StatusView.Recommendation> before = byKey(then.recommendations(), StatusView.Recommendation::ref);
            for (StatusView.Recommendation r : now.recommendations()) {
                StatusView.Recommendation was = before.get(r.ref());
                if (was == null) {
                    added.add(r);
                } else if (!Objects.equals(was.status(), r.status())) {
                    moved.add(new StatusMove(r.ref(), was.status(), r.status(), r.statusDate()));
                }
            }
        }
        return new ChangesSince(
                plan ? counts(RAGS, then.plan().byRag(), now.plan().byRag()) : null,
                plan ? counts(ACTION_STATUSES, then.plan().byStatus(), now.plan().byStatus()) : null,
                plan ? new CountMove("overdue", valueOf(then.plan().overdue()), valueOf(now.plan().overdue())) : null,
                plan ? wentRed : null, plan ? recovered : null, plan ? other : null,
                inspection ? added : null, inspection ? moved : null,
                then.finance() != null && now.finance() != null ? money(then, now) : null,
                then.kpiHeadlines() != null && now.kpiHeadlines() != null ? kpis(then, now) : null);
    }

    private static List<CountMove> counts(List<String> names, Map<String, Long> then, Map<String, Long> now) {
        Set<String> all = new LinkedHashSet<>(names);
        if (then != null) {
            all.addAll(then.keySet());
        }
        if (now != null) {
            all.addAll(now.keySet());
        }
        return all.stream().map(n -> new CountMove(n, valueOf(then == null ? null : then.get(n)),
                valueOf(now == null ? null : now.get(n)))).toList();
    }

    private static List<MoneyMove> money(StatusView then, StatusView now) {
        Map<String, SummaryYear> before = byKey(then.finance().years(), y -> y.financialYear().label());
        Map<String, SummaryYear> after = byKey(now.finance().years(), y -> y.financialYear().label());
        Set<String> years = new LinkedHashSet<>(before.keySet());
        years.addAll(after.keySet());
        List<MoneyMove> out = new ArrayList<>();
        for (String year : years.stream().sorted().toList()) {
            SummaryYear was = before.get(year);
            SummaryYear is = after.get(year);
            out.add(new MoneyMove(year, was == null ? null : was.allocatedGbp(), is == null ? null : is.allocatedGbp(),
                    was == null ? null : was.spentGbp(), is == null ? null : is.spentGbp(),
                    was == null ? null : was.forecastOutturnGbp(), is == null ? null : is.forecastOutturnGbp()));
        }
        return out;
    }

    private static List<KpiMove> kpis(StatusView then, StatusView now) {
        Map<String, KpiHeadline> before = byKey(then.kpiHeadlines(), KpiHeadline::code);
        return now.kpiHeadlines().stream().map(k -> {
            KpiHeadline was = before.get(k.code());
            return new KpiMove(k.code(), k.name(), k.unit(), was == null ? null : was.latestPeriod(),
                    was == null ? null : was.latestValue(), k.latestPeriod(), k.latestValue(),
                    was == null ? null : was.rag(), k.rag());
        }).toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        listOf(items).forEach(i -> out.put(key.apply(i), i));
        return out;
    }

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static long valueOf(Long value) {
        return value == null ? 0 : value;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
