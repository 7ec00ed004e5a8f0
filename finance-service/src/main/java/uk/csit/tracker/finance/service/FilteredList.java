package uk.csit.tracker.finance.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.csit.tracker.kit.paging.Page;
import uk.csit.tracker.kit.paging.PageRequest;

/**
 * A list of one entity under filters: a page of it with the count of all it holds, or (no page) every row, for an
 * export. The rows are answered as {@code responses} reads them, in one go for the page.
 *
 * @param entity the entity and its alias in the query, as {@code "Allocation a"}
 * @param where the filters ({@code " where ..."}), naming the {@code parameters}
 */
record FilteredList(EntityManager em, String entity, String where, Map<String, Object> parameters) {

    <E, R> Page<R> read(Class<E> type, String orderBy, PageRequest page, Function<List<E>, List<R>> responses) {
        String alias = entity.substring(entity.indexOf(' ') + 1);
        TypedQuery<E> select = bound(em.createQuery("select " + alias + " from " + entity + where + " " + orderBy, type));
        if (page == null) {
            return Page.of(responses.apply(select.getResultList()), PageRequest.first(1), -1);
        }
        List<R> items = responses.apply(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
        long total = bound(em.createQuery("select count(" + alias + ") from " + entity + where, Long.class))
                .getSingleResult();
        return Page.of(items, page, total);
    }

    private <Q extends TypedQuery<?>> Q bound(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
