package uk.csit.tracker.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.csit.tracker.kit.data.ReadCache;
import uk.csit.tracker.kit.data.changes.AsOf;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageParams;
import uk.csit.tracker.kit.paging.PageRequest;
import uk.csit.tracker.kit.paging.SortOrder;
import uk.csit.tracker.kit.privacy.PersonalDataAccess;
import uk.csit.tracker.plan.domain.ActionStatus;
import uk.csit.tracker.plan.domain.Rag;
import uk.csit.tracker.plan.rest.dto.PlanDtos.ActionDto;

/** The action list: which actions a filter matches, in the order asked for, now or as they stood at a day's end. */
@ApplicationScoped
public class ActionSearch {

    private static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("ref", "a.ref");
        SORTS.put("dueDate", "a.due_date");
        SORTS.put("startDate", "a.start_date");
        SORTS.put("status", "a.status");
        SORTS.put("percentComplete", "a.percent_complete");
    }

    /** The longest filter whose page is kept: enough for any filter of refs, names and days the API allows. */
    private static final int KEY_KEPT = 400;

    @Inject
    ActionReads reads;

    @Inject
    ReadCache readCache;

    /** Filters of the action list; any may be null. */
    public record Filter(ActionStatus status, Rag rag, String owner, String priorityRef, String recommendationRef,
            Boolean overdue, LocalDate dueBefore) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionDto> list(Filter filter, String sort, PageRequest page) {
        return list(filter, sort, page, null);
    }

    /** A page of the actions the filter matches now (asOf null), or as they stood at the end of a day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionDto> list(Filter filter, String sort, PageRequest page, AsOf asOf) {
        String where = """
                 where (cast(:status as varchar) is null or a.status = :status)
                   and (cast(:rag as varchar) is null or coalesce(a.rag_override, a.derived_rag) = :rag)
                   and (cast(:owner as varchar) is null or lower(a.owner_name) = lower(:owner))
                   and (cast(:priority as varchar) is null or a.priority_ref = :priority)
                   and (cast(:rec as varchar) is null or exists (select 1 from priority_recommendation r
                         where r.priority_id = a.priority_id and r.recommendation_ref = :rec))
                   and (cast(:overdue as boolean) is null or a.is_overdue = :overdue)
                   and (cast(:dueBefore as date) is null or a.due_date < cast(:dueBefore as date))
                """;
        Consumer<Query> parameters = query -> query
                .setParameter("status", filter.status() == null ? null : filter.status().name())
                .setParameter("rag", filter.rag() == null ? null : filter.rag().name())
                .setParameter("owner", filter.owner())
                .setParameter("priority", filter.priorityRef())
                .setParameter("rec", filter.recommendationRef())
                .setParameter("overdue", filter.overdue())
                .setParameter("dueBefore", filter.dueBefore() == null ? null : Date.valueOf(filter.dueBefore()));
        String order = SortOrder.parse(sort, SORTS, "ref").thenBy("a.ref").toOrderBy();
        long total = reads.count(where, parameters, asOf);
        return Page.of(reads.page(where, order, parameters, page.size(), page.offset(), asOf), page, total);
    }

    /**
     * A page of the actions the filter matches now, as the JSON it is sent as: the list that integrators' dashboards
     * poll, so the read cache keeps its bytes (weighed by their size) as it keeps an action's, with staff names for a
     * caller who may read them and without for others. Read afresh after any write through this service. Counting
     * every match is the one part of a page whose cost grows with the plan, and it is kept with the page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPageJson listJson(Filter filter, String sort, PageRequest page) {
        boolean withStaffNames = PersonalDataAccess.callerMayRead();
        Supplier<ActionPageJson> read = () -> {
            Page<ActionDto> found = list(filter, sort, page, null);
            return new ActionPageJson(new Page<>(List.of(), found.page(), found.size(), found.totalItems()),
                    reads.asJson(found, withStaffNames));
        };
        String key = (withStaffNames ? "action-page named " : "action-page ") + filter + " sort " + sort + " " + page;
        return key.length() <= KEY_KEPT ? readCache.get(key, read) : read.get();
    }

    /**
     * Every action the filter matches, in the order asked for, unpaged: what a CSV export holds.
     * Read a page of the largest size at a time, each page with the same two queries as a list page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionDto> all(Filter filter, String sort, AsOf asOf) {
        List<ActionDto> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageParams.MAX_SIZE);
        while (true) {
            Page<ActionDto> next = list(filter, sort, page, asOf);
            all.addAll(next.items());
            if (!next.hasNext()) {
                return all;
            }
            page = new PageRequest(page.page() + 1, page.size());
        }
    }
}
