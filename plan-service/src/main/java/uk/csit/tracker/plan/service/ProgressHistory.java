package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.List;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.problem.ProblemException;
import uk.csit.tracker.plan.domain.Action;
import uk.csit.tracker.plan.domain.ProgressUpdate;
import uk.csit.tracker.plan.mapping.ActionMapper;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ProgressUpdateResponse;

/** An action's progress updates, newest first: as they are, or as they stood at the end of a day. */
@ApplicationScoped
public class ProgressHistory {

    @Inject
    EntityManager em;

    @Inject
    ActionReads reads;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgressUpdateResponse> progress(String ref, PageRequest page) {
        Action action = Action.<Action>find("ref", ref).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("action", ref));
        List<ProgressUpdateResponse> items = ProgressUpdate.<ProgressUpdate>find(
                        "actionId = ?1 order by updateDate desc, id desc", action.id)
                .page(page.page(), page.size()).list().stream().map(u -> ActionMapper.toResponse(u, ref)).toList();
        return Page.of(items, page, ProgressUpdate.count("actionId", action.id));
    }

    /**
     * An action's progress updates as they stood at the end of a day: those dated by then and recorded by then (a
     * seed's count as made: it holds the council's past). A 404 when the action did not exist then.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<ProgressUpdateResponse> progress(String ref, PageRequest page, AsOf asOf) {
        if (asOf == null) {
            return progress(ref, page);
        }
        Action action = Action.<Action>find("ref", ref).firstResultOptional()
                .filter(a -> reads.byRef(ref, asOf).isPresent())
                .orElseThrow(() -> ProblemException.notFoundThen("action", ref, asOf.date()));
        String then = " from progress_update u where u.action_id = :action and u.update_date <= :day"
                + " and :ref || '/' || u.id not in (select c.ref from "
                + AsOf.changedSince(ActionService.PROGRESS_UPDATES, ":cutoff") + " c)";
        java.util.function.UnaryOperator<Query> bound = query -> query.setParameter("action", action.id)
                .setParameter("day", Date.valueOf(asOf.date())).setParameter("ref", ref)
                .setParameter("cutoff", java.sql.Timestamp.from(asOf.cutoff()));
        long total = ((Number) bound.apply(em.createNativeQuery("select count(*)" + then)).getSingleResult()).longValue();
        List<ProgressUpdate> rows = bound.apply(em.createNativeQuery("select u.*" + then
                        + " order by u.update_date desc, u.id desc limit :limit offset :offset", ProgressUpdate.class))
                .setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList();
        return Page.of(rows.stream().map(u -> ActionMapper.toResponse(u, ref)).toList(), page, total);
    }
}
