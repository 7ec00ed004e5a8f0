package uk.csit.tracker.plan.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.csit.tracker.plan.domain.Action;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.ProgressUpdate;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.LatestProgress;
import uk.csit.tracker.plan.rest.dto.PlanDtos.Owner;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgressUpdateResponse;

/** An action between the API and the table: what a PUT or POST writes, and what every read answers. */
public final class ActionMapper {

    /** An action that is complete is 100% done. */
    public static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private ActionMapper() {
    }

    /**
     * The action as the API shows it on {@code today}: its RAG is the override where one is set, else the derived
     * one; it is overdue when its due date has passed and it is not complete.
     */
    public static ActionDto toResponse(Action a, Rag derived, LatestProgress latest, String priorityRef, LocalDate today) {
        return new ActionDto(a.ref, priorityRef, a.title, a.description,
                a.ownerName == null && a.ownerTeam == null ? null : new Owner(a.ownerName, a.ownerTeam),
                a.startDate, a.dueDate, a.originalDueDate, a.revisedDueReason, a.status, a.percentComplete.setScale(2),
                inForce(a.ragOverride, derived), derived, a.ragOverride, a.ragOverrideReason,
                overdue(a.dueDate, a.status, today),
                List.copyOf(a.evidenceLinks), List.copyOf(a.successMeasures), List.copyOf(a.kpiCodes), latest,
                a.source, a.version);
    }

    /**
     * The action after a progress update: as it was read before, with the status, percentage, derived RAG, latest
     * progress and version the update left, and its RAG and overdue worked out again from them on {@code today}.
     */
    public static ActionDto afterProgress(ActionDto before, ActionStatus status, BigDecimal percentComplete,
            Rag derived, LatestProgress latest, long version, LocalDate today) {
        return new ActionDto(before.ref(), before.priorityRef(), before.title(), before.description(), before.owner(),
                before.startDate(), before.dueDate(), before.originalDueDate(), before.revisedDueReason(), status,
                percentComplete.setScale(2), inForce(before.ragOverride(), derived), derived, before.ragOverride(),
                before.ragOverrideReason(), overdue(before.dueDate(), status, today), before.evidenceLinks(),
                before.successMeasures(), before.kpiCodes(), latest, before.source(), version);
    }

    /** The RAG in force: the officer's override where there is one, else the derived one. */
    private static Rag inForce(Rag override, Rag derived) {
        return override != null ? override : derived;
    }

    /** Past its due date and not complete. */
    private static boolean overdue(LocalDate dueDate, ActionStatus status, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != ActionStatus.COMPLETE;
    }

    /** The action as it would be sent back to PUT (what an import row is compared with). */
    public static ActionDto toRequest(Action a, String priorityRef) {
        return ActionDto.asWritten(a.ref, priorityRef, a.title, a.description,
                a.ownerName == null && a.ownerTeam == null ? null : new Owner(a.ownerName, a.ownerTeam), a.startDate,
                a.dueDate, a.revisedDueReason, a.status, a.percentComplete.setScale(2), a.ragOverride,
                a.ragOverrideReason, List.copyOf(a.evidenceLinks), List.copyOf(a.successMeasures),
                List.copyOf(a.kpiCodes), a.source);
    }

    public static LatestProgress latest(ProgressUpdate u) {
        return new LatestProgress(u.updateDate, u.author, u.narrative, u.rag, u.percentComplete);
    }

    public static ProgressUpdateResponse toResponse(ProgressUpdate u, String actionRef) {
        return new ProgressUpdateResponse(actionRef, u.updateDate, u.author, u.narrative, u.rag, u.percentComplete,
                u.recordedAt);
    }

    /**
     * Writes what a request says onto the action, under its priority: complete work is 100% whatever was sent, no
     * percentage is none done, and an override's reason goes with the override.
     */
    public static void apply(ActionDto r, Action a, long priorityId) {
        a.ref = r.ref();
        a.priorityId = priorityId;
        a.title = r.title();
        a.description = r.description();
        a.ownerName = r.owner() == null ? null : r.owner().name();
        a.ownerTeam = r.owner() == null ? null : r.owner().team();
        a.startDate = r.startDate();
        a.dueDate = r.dueDate();
        a.status = r.status();
        a.percentComplete = r.status() == ActionStatus.COMPLETE ? HUNDRED
                : r.percentComplete() == null ? BigDecimal.ZERO.setScale(2) : r.percentComplete();
        a.ragOverride = r.ragOverride();
        a.ragOverrideReason = r.ragOverride() == null ? null : r.ragOverrideReason();
        a.evidenceLinks = r.evidenceLinks() == null ? new ArrayList<>() : new ArrayList<>(r.evidenceLinks());
        a.successMeasures = r.successMeasures() == null ? new ArrayList<>() : new ArrayList<>(r.successMeasures());
        a.kpiCodes = r.kpiCodes() == null ? new ArrayList<>() : new ArrayList<>(r.kpiCodes());
        a.source = r.source();
    }
}
