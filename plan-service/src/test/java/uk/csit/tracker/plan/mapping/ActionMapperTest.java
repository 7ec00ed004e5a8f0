package uk.csit.tracker.plan.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.csit.tracker.plan.domain.Action;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.LatestProgress;
import uk.csit.tracker.plan.rest.dto.PlanDtos.Owner;

class ActionMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 26);

    private static Action action(ActionStatus status, LocalDate due) {
        Action a = new Action();
        a.ref = "A-1.1";
        a.title = "Reduce caseloads";
        a.status = status;
        a.percentComplete = new BigDecimal("40");
        a.dueDate = due;
        a.ownerTeam = "Safeguarding";
        return a;
    }

    @Test
    void overdueIsPastItsDueDateAndNotComplete() {
        assertTrue(ActionMapper.toResponse(action(ActionStatus.IN_PROGRESS, TODAY.minusDays(1)), Rag.RED, null, "P1", TODAY)
                .overdue());
        assertFalse(ActionMapper.toResponse(action(ActionStatus.IN_PROGRESS, TODAY), Rag.AMBER, null, "P1", TODAY)
                .overdue(), "due today is not overdue yet");
        assertFalse(ActionMapper.toResponse(action(ActionStatus.COMPLETE, TODAY.minusDays(30)), Rag.COMPLETE, null, "P1",
                TODAY).overdue(), "complete work is never overdue");
        assertFalse(ActionMapper.toResponse(action(ActionStatus.NOT_STARTED, null), Rag.NOT_ASSESSED, null, "P1", TODAY)
                .overdue(), "no due date, nothing to be late for");
    }

    @Test
    void anOverrideIsTheRagInForceAndTheDerivedOneIsStillShown() {
        Action a = action(ActionStatus.IN_PROGRESS, TODAY.plusDays(30));
        a.ragOverride = Rag.GREEN;
        a.ragOverrideReason = "Recruitment ahead of plan";
        ActionDto dto = ActionMapper.toResponse(a, Rag.AMBER, null, "P1", TODAY);
        assertEquals(Rag.GREEN, dto.rag());
        assertEquals(Rag.AMBER, dto.derivedRag());
        assertEquals(Rag.GREEN, dto.ragOverride());
        a.ragOverride = null;
        assertEquals(Rag.AMBER, ActionMapper.toResponse(a, Rag.AMBER, null, "P1", TODAY).rag());
    }

    @Test
    void anActionAfterAProgressUpdateIsWhatReadingItAgainWouldGive() {
        for (Rag override : new Rag[] {null, Rag.GREEN}) {
            Action a = action(ActionStatus.IN_PROGRESS, TODAY.minusDays(1));
            a.ragOverride = override;
            a.ragOverrideReason = override == null ? null : "Recruitment ahead of plan";
            a.evidenceLinks = new java.util.ArrayList<>(List.of("https://example.org/e"));
            a.version = 4;
            ActionDto before = ActionMapper.toResponse(a, Rag.RED, null, "P1", TODAY);
            LatestProgress latest = new LatestProgress(TODAY, "officer@x", "Done", Rag.COMPLETE,
                    new BigDecimal("100.00"));

            a.status = ActionStatus.COMPLETE;
            a.percentComplete = new BigDecimal("100");
            a.version = 5;
            assertEquals(ActionMapper.toResponse(a, Rag.COMPLETE, latest, "P1", TODAY),
                    ActionMapper.afterProgress(before, ActionStatus.COMPLETE, new BigDecimal("100"), Rag.COMPLETE,
                            latest, 5, TODAY), "override " + override);
            assertFalse(ActionMapper.afterProgress(before, ActionStatus.COMPLETE, new BigDecimal("100"), Rag.COMPLETE,
                    latest, 5, TODAY).overdue(), "complete work is not overdue");
            assertTrue(ActionMapper.afterProgress(before, ActionStatus.IN_PROGRESS, new BigDecimal("50"), Rag.RED,
                    latest, 5, TODAY).overdue(), "work past its due date still is");
        }
    }

    @Test
    void percentHasTwoDecimalsAndAnOwnerIsShownOnlyWhenThereIsOne() {
        ActionDto dto = ActionMapper.toResponse(action(ActionStatus.IN_PROGRESS, TODAY), Rag.GREEN, null, "P1", TODAY);
        assertEquals("40.00", dto.percentComplete().toPlainString());
        assertEquals(new Owner(null, "Safeguarding"), dto.owner());
        Action unowned = action(ActionStatus.IN_PROGRESS, TODAY);
        unowned.ownerTeam = null;
        assertNull(ActionMapper.toResponse(unowned, Rag.GREEN, null, "P1", TODAY).owner());
    }

    @Test
    void completeWorkIsWrittenAsAllDoneAndAnOverridesReasonGoesWithIt() {
        ActionDto complete = ActionDto.asWritten("A-1.2", "P1", "Audit", null, null, null, null, null,
                ActionStatus.COMPLETE, new BigDecimal("80.00"), null, "reason without an override", null, null, null, null);
        Action a = new Action();
        ActionMapper.apply(complete, a, 7L);
        assertEquals(new BigDecimal("100.00"), a.percentComplete);
        assertEquals(7L, a.priorityId);
        assertNull(a.ragOverrideReason, "no override, no reason kept");
        assertEquals(List.of(), a.evidenceLinks);

        ActionDto notStarted = ActionDto.asWritten("A-1.3", "P1", "Plan", null, null, null, null, null,
                ActionStatus.NOT_STARTED, null, Rag.RED, "Blocked by recruitment", List.of("https://example.org/e"),
                null, null, null);
        ActionMapper.apply(notStarted, a, 7L);
        assertEquals(new BigDecimal("0.00"), a.percentComplete);
        assertEquals("Blocked by recruitment", a.ragOverrideReason);
        assertEquals(List.of("https://example.org/e"), a.evidenceLinks);
    }

    @Test
    void theRequestAsWrittenIsWhatAPutWouldSend() {
        Action a = action(ActionStatus.IN_PROGRESS, TODAY);
        ActionDto written = ActionMapper.toRequest(a, "P2");
        assertEquals("P2", written.priorityRef());
        assertNull(written.rag(), "derived fields are the service's, not the writer's");
        assertNull(written.version());
        assertEquals("40.00", written.percentComplete().toPlainString());
    }
}
