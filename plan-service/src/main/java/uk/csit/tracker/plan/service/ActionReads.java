package uk.csit.tracker.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Consumer;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;
import uk.csit.tracker.plan.rest.dto.PlanDtos.LatestProgress;
import uk.csit.tracker.plan.rest.dto.PlanDtos.Owner;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.privacy.PersonalDataAccess;

/**
 * Actions read straight into their responses: one query gives the action, its priority's ref, its
 * RAG derived today and its latest progress update. (Loading the entity, then its priority, its
 * latest update and its derived RAG took four round trips and most of a read's time.)
 */
@ApplicationScoped
class ActionReads {

    /** Rows of the action table's columns (the {@code %s}) with their priority's ref, RAG and overdue on {@code :today}. */
    private static final String WITH_DERIVED = """
            (select a.*, p.ref as priority_ref,
                    plan_derived_rag(a.status, a.percent_complete, a.start_date, a.due_date, cast(:today as date)) as derived_rag,
                    coalesce(a.due_date < cast(:today as date) and a.status <> 'COMPLETE', false) as is_overdue
               from %s a join priority p on p.id = a.priority_id) a""";

    /** Actions with their priority's ref, derived RAG and overdue flag as at {@code :today}. */
    static final String ACTIONS = WITH_DERIVED.formatted("action");

    /**
     * The same columns for the actions as they stood at {@code :cutoff} (the as-at rule of {@link AsOf}): an action
     * changed since is taken from its recorded value before its first change after the cutoff, and left out when that
     * change created it; RAG and overdue are worked out on {@code :today}, the day asked for.
     */
    static final String ACTIONS_THEN = WITH_DERIVED.formatted("""
            (with changed as %s
             select a.id, a.ref, a.priority_id, a.title, a.description, a.owner_name, a.owner_team, a.start_date,
                    a.due_date, a.original_due_date, a.revised_due_reason, a.status, a.percent_complete,
                    a.rag_override, a.rag_override_reason, a.evidence_links, a.success_measures, a.kpi_codes,
                    a.source, a.version
               from action a where a.ref not in (select c.ref from changed c)
             union all
             select a.id, c.ref, p.id, c.then ->> 'title', c.then ->> 'description', c.then -> 'owner' ->> 'name',
                    c.then -> 'owner' ->> 'team', cast(c.then ->> 'startDate' as date),
                    cast(c.then ->> 'dueDate' as date), cast(c.then ->> 'originalDueDate' as date),
                    c.then ->> 'revisedDueReason', c.then ->> 'status', cast(c.then ->> 'percentComplete' as numeric),
                    c.then ->> 'ragOverride', c.then ->> 'ragOverrideReason',
                    coalesce(c.then -> 'evidenceLinks', '[]'), coalesce(c.then -> 'successMeasures', '[]'),
                    coalesce(c.then -> 'kpiCodes', '[]'), c.then ->> 'source', cast(c.then ->> 'version' as bigint)
               from changed c join action a on a.ref = c.ref join priority p on p.ref = c.then ->> 'priorityRef'
              where jsonb_typeof(c.then) = 'object')""".formatted(
            AsOf.changedSince(ActionService.ACTIONS, ":cutoff")));

    private static final String SELECT = """
            select a.ref, a.priority_ref, a.title, a.description, a.owner_name, a.owner_team, a.start_date,
                   a.due_date, a.original_due_date, a.revised_due_reason, a.status, a.percent_complete,
                   a.rag_override, a.rag_override_reason, a.derived_rag, a.is_overdue,
                   cast(a.evidence_links as text), cast(a.success_measures as text), cast(a.kpi_codes as text),
                   a.source, a.version,
                   latest.update_date, latest.author, latest.narrative, latest.rag, latest.percent_complete
            """;

    private static final String LATEST = """
             left join lateral (select u.update_date, u.author, u.narrative, u.rag, u.percent_complete
                                  from progress_update u where u.action_id = a.id
                                 order by u.update_date desc, u.id desc limit 1) latest on true
            """;

    /** The latest update dated by {@code :today} that had been recorded by {@code :cutoff} (a seed's count as made). */
    private static final String LATEST_THEN = """
             left join lateral (select u.update_date, u.author, u.narrative, u.rag, u.percent_complete
                                  from progress_update u where u.action_id = a.id and u.update_date <= cast(:today as date)
                                   and a.ref || '/' || u.id not in (select c.ref from %s c)
                                 order by u.update_date desc, u.id desc limit 1) latest on true
            """.formatted(AsOf.changedSince(ActionService.PROGRESS_UPDATES, ":cutoff"));

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    Optional<ActionDto> byRef(String ref) {
        return byRef(ref, null);
    }

    /** The action now (asOf null) or as it stood at the end of a day; empty when it did not exist then. */
    Optional<ActionDto> byRef(String ref, AsOf asOf) {
        Query query = em.createNativeQuery(SELECT + " from " + actions(asOf) + latest(asOf) + " where a.ref = :ref")
                .setParameter("ref", ref);
        return responses(query, asOf).stream().findFirst();
    }

    /** The action as JSON, for a caller who may read staff names or for one who may not: each is kept apart. */
    Optional<ActionJson> byRefAsJson(String ref, boolean withStaffNames) {
        return byRef(ref).map(action -> new ActionJson(action.version(), asJson(action, withStaffNames)));
    }

    /** An answer (an action, a page of them) as the JSON it is sent as, with staff names or without. */
    byte[] asJson(Object answer, boolean withStaffNames) {
        Supplier<byte[]> write = () -> {
            try {
                return json.writeValueAsBytes(answer);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(answer.getClass().getSimpleName() + " could not be written as JSON", e);
            }
        };
        return withStaffNames ? PersonalDataAccess.revealed(write) : PersonalDataAccess.withheld(write);
    }

    /** A page of actions: {@code where} and {@code orderBy} are over {@link #ACTIONS} ({@code a}). */
    List<ActionDto> page(String where, String orderBy, Consumer<Query> parameters, int limit, long offset) {
        return page(where, orderBy, parameters, limit, offset, null);
    }

    /** A page of actions now (asOf null) or as they stood at the end of a day. */
    List<ActionDto> page(String where, String orderBy, Consumer<Query> parameters, int limit, long offset, AsOf asOf) {
        // The page is cut first, so only its own actions look up their latest progress update.
        Query query = em.createNativeQuery(SELECT + " from (select a.* from " + actions(asOf) + where + " order by "
                        + orderBy + " limit :limit offset :offset) a" + latest(asOf) + " order by " + orderBy)
                .setParameter("limit", limit).setParameter("offset", offset);
        parameters.accept(query);
        return responses(query, asOf);
    }

    /** How many actions {@code where} matches, now (asOf null) or then, with the parameters it sets besides the day's. */
    long count(String where, Consumer<Query> parameters, AsOf asOf) {
        Query query = em.createNativeQuery("select count(*) from " + actions(asOf) + where);
        bindDay(query, asOf);
        parameters.accept(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String actions(AsOf asOf) {
        return asOf == null ? ACTIONS : ACTIONS_THEN;
    }

    private static String latest(AsOf asOf) {
        return asOf == null ? LATEST : LATEST_THEN;
    }

    private void bindDay(Query query, AsOf asOf) {
        query.setParameter("today", Date.valueOf(asOf == null ? LocalDate.now(clock) : asOf.date()));
        if (asOf != null) {
            query.setParameter("cutoff", java.sql.Timestamp.from(asOf.cutoff()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<ActionDto> responses(Query query, AsOf asOf) {
        bindDay(query, asOf);
        List<Object[]> rows = query.getResultList();
        List<ActionDto> responses = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String ownerName = (String) r[4];
            String ownerTeam = (String) r[5];
            Rag derived = Rag.valueOf((String) r[14]);
            Rag override = r[12] == null ? null : Rag.valueOf((String) r[12]);
            LatestProgress latest = r[21] == null ? null : new LatestProgress(localDate(r[21]), (String) r[22],
                    (String) r[23], Rag.valueOf((String) r[24]), (BigDecimal) r[25]);
            responses.add(new ActionDto((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    ownerName == null && ownerTeam == null ? null : new Owner(ownerName, ownerTeam),
                    localDate(r[6]), localDate(r[7]), localDate(r[8]), (String) r[9], ActionStatus.valueOf((String) r[10]),
                    ((BigDecimal) r[11]).setScale(2), override != null ? override : derived, derived, override,
                    (String) r[13], (Boolean) r[15], strings(r[16]), strings(r[17]), strings(r[18]), latest,
                    (String) r[19], ((Number) r[20]).longValue()));
        }
        return responses;
    }

    private List<String> strings(Object text) {
        try {
            return List.copyOf(json.readValue((String) text, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list column does not hold a JSON array of strings", e);
        }
    }

    /** A date column read by a native query: a LocalDate, or a java.sql.Date with another JDBC mapping. */
    static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
