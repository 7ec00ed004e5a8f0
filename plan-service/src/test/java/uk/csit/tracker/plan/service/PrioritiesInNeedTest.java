package uk.csit.tracker.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.PriorityRollup;

/** Which priorities a summary lists when the plan has more than it can list. */
class PrioritiesInNeedTest {

    static PriorityRollup priority(int n, Rag rag, long overdue) {
        return new PriorityRollup("P%02d".formatted(n), "IMPROVEMENT", "Priority " + n, List.of(), rag == null ? 0 : 3,
                Map.of(), overdue, rag);
    }

    @Test
    void upToTheLimitEveryPriorityIsListedAsItCame() {
        List<PriorityRollup> all = List.of(priority(1, Rag.COMPLETE, 0), priority(2, Rag.RED, 1));
        assertSame(all, SummaryService.mostInNeed(all, 2));
    }

    @Test
    void overTheLimitTheLeastInNeedAreLeftOutAndTheRestStayInRefOrder() {
        List<PriorityRollup> all = new ArrayList<>();
        for (int n = 1; n <= 52; n++) {
            Rag rag = switch (n) {
                case 3 -> Rag.COMPLETE;
                case 51 -> null;
                case 52 -> Rag.RED;
                default -> Rag.GREEN;
            };
            all.add(priority(n, rag, n == 50 ? 2 : 0));
        }
        List<PriorityRollup> listed = SummaryService.mostInNeed(all, 50);

        List<String> expected = new ArrayList<>();
        all.stream().map(PriorityRollup::ref).filter(ref -> !ref.equals("P03") && !ref.equals("P49"))
                .forEach(expected::add);
        // COMPLETE goes first, then the last GREEN by ref among those with nothing overdue (P50 has 2 overdue);
        // the priority with no actions yet and the RED one stay.
        assertEquals(expected, listed.stream().map(PriorityRollup::ref).toList());
    }
}
