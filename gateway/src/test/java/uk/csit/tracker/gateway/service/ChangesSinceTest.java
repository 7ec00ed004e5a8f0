package uk.csit.tracker.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.gateway.client.FinanceDtos.FinanceSummary;
import uk.csit.tracker.gateway.client.FinanceDtos.SummaryYear;
import uk.csit.tracker.gateway.client.FinanceDtos.YearRef;
import uk.csit.tracker.gateway.client.PlanDtos.KpiHeadline;
import uk.csit.tracker.gateway.client.PlanDtos.PriorityRollup;

class ChangesSinceTest {

    static StatusView picture(Map<String, Long> byRag, List<PriorityRollup> priorities,
            List<StatusView.Recommendation> recommendations, List<SummaryYear> years, List<KpiHeadline> kpis) {
        StatusView.Plan plan = byRag == null ? null
                : new StatusView.Plan(null, 10L, Map.of("COMPLETE", byRag.getOrDefault("COMPLETE", 0L)), byRag, 1L,
                        priorities, priorities.size(), null);
        return new StatusView(Instant.EPOCH, false, Map.of(), null, null, null, null, recommendations,
                recommendations == null ? null : (long) recommendations.size(), null, plan, kpis,
                years == null ? null : new FinanceSummary(Instant.EPOCH, null, years, null), LocalDate.of(2025, 10, 1));
    }

    static PriorityRollup priority(String ref, String rag) {
        return new PriorityRollup(ref, "IMPROVEMENT", "Priority " + ref, List.of(), 3L, Map.of(), 0L, rag);
    }

    static StatusView.Recommendation recommendation(String ref, String status) {
        return new StatusView.Recommendation(ref, "ILACS-2023", "text", false, null, status, null, null);
    }

    static SummaryYear year(String label, String allocated, String spent) {
        return new SummaryYear(new YearRef(label, null, null), new BigDecimal(allocated), new BigDecimal(spent), null,
                null, null, null, 1L);
    }

    @Test
    void prioritiesAreSortedIntoWentRedRecoveredAndOtherMoves() {
        StatusView then = picture(Map.of("RED", 1L), List.of(priority("P1", "RED"), priority("P2", "AMBER"),
                priority("P3", "GREEN"), priority("P4", "AMBER")), List.of(), List.of(), List.of());
        StatusView now = picture(Map.of("RED", 2L, "COMPLETE", 3L), List.of(priority("P1", "AMBER"),
                priority("P2", "RED"), priority("P3", "AMBER"), priority("P4", "AMBER"), priority("P5", "RED")),
                List.of(), List.of(), List.of());
        ChangesSince changes = ChangesSince.between(then, now);
        assertEquals(List.of("P2", "P5"), changes.wentRed().stream().map(ChangesSince.RagMove::ref).toList());
        assertNull(changes.wentRed().get(1).from(), "a new priority comes from nothing");
        assertEquals(List.of("P1"), changes.recovered().stream().map(ChangesSince.RagMove::ref).toList());
        assertEquals(List.of("P3"), changes.otherRagMoves().stream().map(ChangesSince.RagMove::ref).toList());
        ChangesSince.CountMove red = changes.actionsByRag().stream().filter(c -> c.name().equals("RED")).findFirst()
                .orElseThrow();
        assertEquals(1, red.change());
        assertEquals(List.of("RED", "AMBER", "GREEN", "COMPLETE", "NOT_ASSESSED"),
                changes.actionsByRag().stream().map(ChangesSince.CountMove::name).toList(), "every RAG, in order");
    }

    @Test
    void recommendationsNewAndMovedAreFoundByRef() {
        StatusView then = picture(null, null, List.of(recommendation("R1", "OPEN"), recommendation("R2", "OPEN")), null,
                null);
        StatusView now = picture(null, null, List.of(recommendation("R1", "CLOSED"), recommendation("R2", "OPEN"),
                recommendation("R3", "OPEN")), null, null);
        ChangesSince changes = ChangesSince.between(then, now);
        assertEquals(List.of("R3"), changes.newRecommendations().stream().map(StatusView.Recommendation::ref).toList());
        assertEquals(1, changes.recommendationMoves().size());
        assertEquals("CLOSED", changes.recommendationMoves().get(0).to());
        assertNull(changes.actionsByRag(), "no plan on either day: nothing is said of it");
        assertNull(changes.money());
    }

    @Test
    void aPartMissingOnEitherDayIsNullNotZero() {
        StatusView then = picture(Map.of("RED", 1L), List.of(), null, List.of(year("2024-25", "10.00", "1.00")), null);
        StatusView now = picture(null, null, List.of(recommendation("R1", "OPEN")), List.of(year("2024-25", "10.00",
                "1.00")), null);
        ChangesSince changes = ChangesSince.between(then, now);
        assertNull(changes.actionsByRag());
        assertNull(changes.wentRed());
        assertNull(changes.newRecommendations(), "no recommendations then: which are new is unknown");
        assertEquals(1, changes.money().size());
        assertFalse(changes.money().get(0).moved(), "10.00 and 10.00 are the same money");
    }

    @Test
    void moneyIsComparedByYearWithAYearNewSinceShownAsNoneThen() {
        StatusView then = picture(null, null, null, List.of(year("2024-25", "16000000.00", "14000000.00")), null);
        StatusView now = picture(null, null, null, List.of(year("2025-26", "9000000.00", "0.00"),
                year("2024-25", "16000000.0", "15200000.00")), null);
        List<ChangesSince.MoneyMove> money = ChangesSince.between(then, now).money();
        assertEquals(List.of("2024-25", "2025-26"), money.stream().map(ChangesSince.MoneyMove::year).toList());
        assertTrue(money.get(0).moved());
        assertEquals(new BigDecimal("14000000.00"), money.get(0).spentThen());
        assertNull(money.get(1).allocatedThen());
    }
}
