package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.csit.tracker.kit.csv.SheetRow;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.data.changes.ChangeRecorder.Change;
import uk.csit.tracker.kit.problem.FieldError;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.problem.ProblemType;
import uk.csit.tracker.plan.domain.Action;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.mapping.ActionMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionImportResult;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;

/**
 * Imports an action sheet all or nothing, in one transaction: every row is checked as POST or PUT
 * would check it, and if any row is bad nothing is written and the problem names each bad row and
 * column. A row for a new ref creates the action; a row for an existing ref that says the same as
 * the action adds nothing (so the same file imported twice changes nothing); a row that differs
 * replaces the action under PUT's rules, and must carry the Version it was exported at, which must still be
 * the action's, as If-Match requires of a PUT.
 */
@ApplicationScoped
public class ActionImportService {

    /** New actions' ids one RAG query names, a parameter each (as ActionService.existingRefs reads refs). */
    private static final int RAGS_PER_QUERY = 1000;

    @Inject
    ActionService actions;

    @Inject
    ActionSheet sheet;

    @Inject
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    ChangeRecorder changes;

    @Inject
    Clock clock;

    @Transactional
    public ActionImportResult importRows(List<SheetRow> rows, boolean checkWidth) {
        // Which refs exist is read in one go, and each existing action and each priority once for the whole sheet
        // (a row's ref is on no other row: checked below).
        java.util.Set<String> existing = actions.existingRefs(sheet.refs(rows));
        Map<String, Optional<ActionDto>> currents = new HashMap<>();
        Function<String, Optional<ActionDto>> current = ref -> currents.computeIfAbsent(ref,
                r -> existing.contains(r) ? actions.currentRequest(r) : Optional.empty());
        Map<String, Priority> priorities = new HashMap<>();
        // New actions' changes are recorded together (recordCreated), before any later row's update and at the end,
        // so that the feed has the sheet's changes in its rows' order.
        List<Action> createdActions = new ArrayList<>();
        List<ActionImportRow> parsed = sheet.parse(rows, current, checkWidth);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ActionImportRow row : parsed) {
            if (!row.errors().isEmpty()) {
                errors.addAll(row.errors());
                continue;
            }
            ActionDto request = row.request();
            Integer earlier = seen.putIfAbsent(request.ref(), row.line());
            if (earlier != null) {
                errors.add(new FieldError(ActionSheet.field(row.line(), ActionSheet.REF), "'" + request.ref()
                        + "' is also on line " + earlier + "; each action is on one row"));
                continue;
            }
            try {
                Optional<ActionDto> held = current.apply(request.ref());
                if (held.isEmpty()) {
                    Priority priority = priorities.computeIfAbsent(request.priorityRef(),
                            ref -> plans.priorityEntity(ref, "priorityRef"));
                    createdActions.add(actions.persistNew(request, priority.id));
                    created++;
                } else if (asStored(request, held.get()).equals(asStored(held.get(), held.get()))) {
                    unchanged++;
                } else {
                    long now = actions.version(request.ref()).orElseThrow();
                    if (row.version() == null) {
                        errors.add(new FieldError(ActionSheet.field(row.line(), ActionSheet.VERSION), "the action exists"
                                + " and this row changes it: give the Version it was exported at (export the actions,"
                                + " edit the export, import it), so that no change made since is overwritten unseen"));
                        continue;
                    }
                    if (row.version() != now) {
                        errors.add(new FieldError(ActionSheet.field(row.line(), ActionSheet.VERSION), "the action changed"
                                + " since this row was exported (version " + row.version() + ", now " + now
                                + "); export it again and reapply your change"));
                        continue;
                    }
                    recordCreated(createdActions, priorities.values());
                    createdActions.clear();
                    actions.replace(request.ref(), request);
                    updated++;
                }
            } catch (ProblemException e) {
                errors.addAll(rowErrors(row.line(), e));
            } finally {
                // A row's writes are flushed by the time it is done (a refused row's half-applied change is dropped
                // here): without letting go of each row's entities, every later query of the import would first
                // check all of them for changes, and a sheet's time would grow with the square of its rows.
                em.clear();
            }
        }
        if (!errors.isEmpty()) {
            // Nothing is imported: the transaction is rolled back, and no change is recorded.
            throw new ProblemException(ProblemType.VALIDATION, (errors.size() == 1 ? "1 problem" : errors.size()
                    + " problems") + " in the file; nothing was imported.", errors);
        }
        recordCreated(createdActions, priorities.values());
        return new ActionImportResult(parsed.size(), created, updated, unchanged);
    }

    /**
     * The creates of new actions, in the order given: their derived RAGs read in one query per thousand and their
     * changes recorded together (ChangeRecorder.recordAll), rather than two round trips an action.
     */
    private void recordCreated(List<Action> created, Collection<Priority> priorities) {
        if (created.isEmpty()) {
            return;
        }
        Map<Long, String> priorityRefs = priorities.stream().collect(Collectors.toMap(p -> p.id, p -> p.ref));
        LocalDate today = LocalDate.now(clock);
        Map<Long, Rag> derived = new HashMap<>();
        for (int from = 0; from < created.size(); from += RAGS_PER_QUERY) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, plan_derived_rag(status, percent_complete,"
                            + " start_date, due_date, :today) from action where id in (:ids)")
                    .setParameter("today", Date.valueOf(today))
                    .setParameter("ids", created.subList(from, Math.min(created.size(), from + RAGS_PER_QUERY))
                            .stream().map(a -> a.id).toList()).getResultList();
            for (Object[] row : rows) {
                derived.put(((Number) row[0]).longValue(), Rag.valueOf((String) row[1]));
            }
        }
        changes.recordAll(created.stream().map(a -> Change.created(ActionService.ACTIONS, a.ref,
                ActionMapper.toResponse(a, derived.get(a.id), null, priorityRefs.get(a.priorityId), today))).toList());
    }

    /** A rule broken by a row, named by its line and, where the rule names a field, the column. */
    private static List<FieldError> rowErrors(int line, ProblemException e) {
        if (e.errors().isEmpty()) {
            return List.of(new FieldError(ActionSheet.field(line, null), e.getMessage()));
        }
        return e.errors().stream().map(error -> new FieldError(ActionSheet.field(line, ActionSheet.columnOf(error.field())),
                error.message())).toList();
    }

    /**
     * The request as the action would hold it, so that a row that would change nothing is seen as
     * the same: a percent the status fixes, empty lists, a revised-due reason that only a moved due
     * date replaces.
     */
    private static ActionDto asStored(ActionDto r, ActionDto current) {
        BigDecimal percent = r.status() == ActionStatus.COMPLETE ? ActionMapper.HUNDRED
                : r.percentComplete() == null ? BigDecimal.ZERO.setScale(2) : r.percentComplete().setScale(2);
        String revisedDueReason = Objects.equals(r.dueDate(), current.dueDate()) ? current.revisedDueReason()
                : r.revisedDueReason();
        return ActionDto.asWritten(r.ref(), r.priorityRef(), r.title(), r.description(), r.owner(), r.startDate(),
                r.dueDate(), revisedDueReason, r.status(), percent, r.ragOverride(),
                r.ragOverride() == null ? null : r.ragOverrideReason(), listOrEmpty(r.evidenceLinks()),
                listOrEmpty(r.successMeasures()), listOrEmpty(r.kpiCodes()), r.source());
    }

    private static List<String> listOrEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
