package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.csit.tracker.kit.data.ReadCache;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.data.changes.ChangeRecorder;
import uk.csit.tracker.kit.data.changes.ChangeRecorder.Change;
import uk.csit.tracker.kit.http.Preconditions;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.kit.request.RequestContext;
import uk.csit.tracker.plan.domain.Action;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.Milestone;
import uk.csit.tracker.plan.domain.Priority;
import uk.csit.tracker.plan.domain.ProgressUpdate;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.mapping.ActionMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.LatestProgress;
import uk.csit.tracker.plan.rest.dto.PlanDtos.MilestoneRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.MilestoneResponse;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgressUpdateRequest;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgressUpdateResponse;
import uk.csit.tracker.kit.privacy.PersonalDataAccess;

/** Actions: their rules of status, dates and progress, and the append-only progress updates. */
@ApplicationScoped
public class ActionService {

    public static final String ACTIONS = "actions";
    /** Each progress update is a record of its own in the change feed, beside the action it updates. */
    public static final String PROGRESS_UPDATES = "progress-updates";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PlanService plans;

    @Inject
    ChangeRecorder changes;

    @Inject
    RequestContext request;

    @Inject
    ActionReads reads;

    @Inject
    ReadCache readCache;

    /**
     * An action as the JSON it is sent as: the hottest read of all, kept by the read cache as its bytes, so
     * that a cached answer is not written out again per request; with the author of its latest progress for a
     * caller who may read staff names, without for others.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionJson> findJson(String ref) {
        boolean withStaffNames = PersonalDataAccess.callerMayRead();
        return readCache.get(jsonKey(ref, withStaffNames), () -> reads.byRefAsJson(ref, withStaffNames));
    }

    /**
     * As {@link #findJson}, from the read cache only: null when no usable answer is kept (then
     * {@link #findJson} reads it). Never touches the database, so it may be called on an event loop.
     */
    public Optional<ActionJson> keptJson(String ref) {
        boolean withStaffNames = PersonalDataAccess.callerMayRead();
        return readCache.kept(jsonKey(ref, withStaffNames), () -> reads.byRefAsJson(ref, withStaffNames));
    }

    private static String jsonKey(String ref, boolean withStaffNames) {
        return (withStaffNames ? "action-json named " : "action-json ") + ref;
    }

    /**
     * An action as it stood at the end of a day, its RAG and overdue worked out on that day and its latest progress
     * the latest recorded by then; empty when it did not exist then. (Staff names are left out, as on every answer, for
     * callers who may not read them.) Not cached: a past day is asked for rarely.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionDto> findAsOf(String ref, AsOf asOf) {
        return reads.byRef(ref, asOf);
    }

    @Transactional
    public ActionDto create(ActionDto body) {
        if (Action.count("ref", body.ref()) > 0) {
            throw ProblemException.conflict("An action with ref '" + body.ref() + "' already exists.");
        }
        Priority priority = plans.priorityEntity(body.priorityRef(), "priorityRef");
        Action action = persistNew(body, priority.id);
        // A new action has no progress yet.
        ActionDto response = ActionMapper.toResponse(action, derivedRag(action), null, priority.ref, LocalDate.now(clock));
        changes.created(ACTIONS, action.ref, response);
        return response;
    }

    /**
     * A new action under a priority already found, its ref known to be free (by create, or by an import that looked
     * every ref up once), written without its change: an import records its new actions' changes together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Action persistNew(ActionDto body, long priorityId) {
        if (body.revisedDueReason() != null) {
            throw ProblemException.unprocessable("revisedDueReason", "is given when a due date is revised, not on a new action");
        }
        Action action = new Action();
        ActionMapper.apply(body, action, priorityId);
        action.originalDueDate = body.dueDate();
        action.persistAndFlush();
        return action;
    }

    @Transactional
    public ActionDto update(String ref, String ifMatch, ActionDto body) {
        if (!ref.equals(body.ref())) {
            throw ProblemException.unprocessable("ref", "must be the ref in the path ('" + ref + "'); a ref never changes");
        }
        Action action = lock(ref);
        Preconditions.requireIfMatch(ifMatch, action.version);
        return replace(action, body);
    }

    /** The action as it would be sent back to PUT: what an import row is compared with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionDto> currentRequest(String ref) {
        return Action.<Action>find("ref", ref).firstResultOptional()
                .map(a -> ActionMapper.toRequest(a, Priority.<Priority>findById(a.priorityId).ref));
    }

    /** Which of these refs name an action: one query per thousand refs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> existingRefs(Collection<String> refs) {
        List<String> all = List.copyOf(refs);
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < all.size(); from += 1000) {
            existing.addAll(em.createQuery("select a.ref from Action a where a.ref in :refs", String.class)
                    .setParameter("refs", all.subList(from, Math.min(all.size(), from + 1000))).getResultList());
        }
        return existing;
    }

    /** The action's version now, for an import row that says which version it was exported at. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> version(String ref) {
        return Action.<Action>find("ref", ref).firstResultOptional().map(a -> a.version);
    }

    /** Replaces an action under the same rules as PUT, for an import that already compared versions. */
    @Transactional
    public ActionDto replace(String ref, ActionDto body) {
        return replace(lock(ref), body);
    }

    private ActionDto replace(Action action, ActionDto body) {
        String ref = action.ref;
        checkStatusChange(action.status, body.status());
        ActionDto before = toResponse(action);
        boolean dueChanged = action.dueDate != null && !Objects.equals(action.dueDate, body.dueDate());
        if (dueChanged && (body.revisedDueReason() == null || body.revisedDueReason().isBlank())) {
            throw ProblemException.unprocessable("revisedDueReason", "must say why the due date moves from " + action.dueDate);
        }
        String keptReason = action.revisedDueReason;
        ActionMapper.apply(body, action, plans.priorityEntity(body.priorityRef(), "priorityRef").id);
        if (action.originalDueDate == null) {
            action.originalDueDate = body.dueDate();
        }
        action.revisedDueReason = dueChanged ? body.revisedDueReason() : keptReason;
        em.flush();
        ActionDto after = toResponse(action);
        changes.updated(ACTIONS, ref, before, after);
        return after;
    }

    @Transactional
    public ProgressUpdateResponse addProgress(String ref, ProgressUpdateRequest body) {
        // The busiest write of all, in five statements at most: the action's row locked (its id only: no entity to load
        // and compare at flush), the action as it was read whole, the update inserted, the action's status and
        // percentage moved only when they change (its version and derived RAG coming back in that same statement),
        // and both changes recorded in one.
        long actionId = lockedId(ref);
        ActionDto before = reads.byRef(ref).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (body.date().isAfter(today)) {
            throw ProblemException.unprocessable("date", "must not be in the future");
        }
        ActionStatus status = body.status() != null ? body.status()
                : body.rag() == Rag.COMPLETE ? ActionStatus.COMPLETE : before.status();
        checkStatusChange(before.status(), status);
        if (status == ActionStatus.COMPLETE && body.percentComplete().compareTo(ActionMapper.HUNDRED) != 0) {
            throw ProblemException.unprocessable("percentComplete", "must be 100 when the action is complete");
        }
        if (status != ActionStatus.COMPLETE && body.percentComplete().compareTo(ActionMapper.HUNDRED) == 0) {
            throw ProblemException.unprocessable("percentComplete", "can be 100 only when the action is complete;"
                    + " send status COMPLETE");
        }
        if ((body.rag() == Rag.COMPLETE) != (status == ActionStatus.COMPLETE)) {
            throw ProblemException.unprocessable("rag", "is COMPLETE exactly when the action is complete");
        }
        ProgressUpdate update = new ProgressUpdate();
        update.actionId = actionId;
        update.updateDate = body.date();
        update.author = request.actor() == null ? "unknown" : request.actor();
        update.narrative = body.narrative();
        update.rag = body.rag();
        // As the database keeps it (two places; the request's at most two), for the answer and the history alike.
        update.percentComplete = body.percentComplete().setScale(2);
        update.persist();
        Rag derived = before.derivedRag();
        long version = before.version();
        if (status != before.status() || update.percentComplete.compareTo(before.percentComplete()) != 0) {
            Object[] moved = (Object[]) em.createNativeQuery("update action set status = ?1, percent_complete = ?2,"
                            + " version = version + 1 where id = ?3 returning version,"
                            + " plan_derived_rag(status, percent_complete, start_date, due_date, ?4)")
                    .setParameter(1, status.name()).setParameter(2, update.percentComplete).setParameter(3, actionId)
                    .setParameter(4, Date.valueOf(today)).getSingleResult();
            version = ((Number) moved[0]).longValue();
            derived = Rag.valueOf((String) moved[1]);
        }
        ProgressUpdateResponse recorded = ActionMapper.toResponse(update, ref);
        LatestProgress previous = before.latestProgress();
        LatestProgress latest = previous == null || !update.updateDate.isBefore(previous.date())
                ? ActionMapper.latest(update) : previous;
        changes.recordAll(List.of(Change.created(PROGRESS_UPDATES, ref + "/" + update.id, recorded),
                Change.updated(ACTIONS, ref, before, ActionMapper.afterProgress(before, status,
                        update.percentComplete, derived, latest, version, today))));
        return recorded;
    }

    @Transactional
    public MilestoneResponse addMilestone(String ref, MilestoneRequest body) {
        Action action = lock(ref);
        Milestone milestone = new Milestone();
        milestone.actionId = action.id;
        milestone.title = body.title();
        milestone.dueDate = body.dueDate();
        milestone.completedDate = body.completedDate();
        milestone.persistAndFlush();
        MilestoneResponse response = new MilestoneResponse(milestone.id, ref, milestone.title, milestone.dueDate,
                milestone.completedDate);
        changes.created("milestones", ref + "/" + milestone.id, response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneResponse> milestones(String ref) {
        Action action = Action.<Action>find("ref", ref).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("action", ref));
        return Milestone.<Milestone>list("actionId = ?1 order by dueDate, id", action.id).stream()
                .map(m -> new MilestoneResponse(m.id, ref, m.title, m.dueDate, m.completedDate)).toList();
    }

    /** Complete work is not undone to "not started"; reopening a complete action is an explicit IN_PROGRESS. */
    static void checkStatusChange(ActionStatus from, ActionStatus to) {
        if (from == ActionStatus.COMPLETE && to == ActionStatus.NOT_STARTED) {
            throw ProblemException.conflict("A complete action cannot become NOT_STARTED; reopen it as IN_PROGRESS"
                    + " with a progress update that says why.");
        }
    }

    /** Locks the action's row for this transaction and gives its id: what a write that keeps no entity needs. */
    private long lockedId(String ref) {
        List<?> ids = em.createNativeQuery("select id from action where ref = ?1 for update").setParameter(1, ref)
                .getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.notFound("action", ref);
        }
        return ((Number) ids.get(0)).longValue();
    }

    private Action lock(String ref) {
        return Action.<Action>find("ref", ref).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("action", ref));
    }

    Rag derivedRag(Action a) {
        String rag = (String) em.createNativeQuery("select plan_derived_rag(?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, a.status.name()).setParameter(2, a.percentComplete)
                .setParameter(3, a.startDate == null ? null : Date.valueOf(a.startDate))
                .setParameter(4, a.dueDate == null ? null : Date.valueOf(a.dueDate))
                .setParameter(5, Date.valueOf(LocalDate.now(clock))).getSingleResult();
        return Rag.valueOf(rag);
    }

    ActionDto toResponse(Action a) {
        LatestProgress latest = ProgressUpdate.<ProgressUpdate>find("actionId = ?1 order by updateDate desc, id desc", a.id)
                .firstResultOptional().map(ActionMapper::latest).orElse(null);
        return ActionMapper.toResponse(a, derivedRag(a), latest, Priority.<Priority>findById(a.priorityId).ref,
                LocalDate.now(clock));
    }
}
