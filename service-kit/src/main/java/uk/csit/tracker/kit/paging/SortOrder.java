package uk.csit.tracker.kit.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * A {@code sort} query parameter such as {@code dueDate,-ref}: fields named as in the JSON, a
 * leading minus for descending. Only the fields a list declares may be used; anything else is a 400
 * that lists what is allowed, so no caller text ever reaches a query.
 */
public record SortOrder(List<Key> keys) {

    public record Key(String column, boolean ascending) {
    }

    /**
     * @param sort     the raw parameter, may be null
     * @param allowed  JSON field name to the column (or JPQL path) it sorts on, in a stable order
     * @param fallback the sort used when none is given; a tie-breaker on a unique column should end it
     */
    public static SortOrder parse(String sort, Map<String, String> allowed, String fallback) {
        String source = sort == null || sort.isBlank() ? fallback : sort;
        List<Key> keys = new ArrayList<>();
        for (String part : source.split(",")) {
            String name = part.trim();
            boolean ascending = true;
            if (name.startsWith("-")) {
                ascending = false;
                name = name.substring(1);
            } else if (name.startsWith("+")) {
                name = name.substring(1);
            }
            String column = allowed.get(name);
            if (column == null) {
                throw ProblemException.invalid("sort", "can sort on " + String.join(", ", allowed.keySet())
                        + " (a leading - sorts descending)");
            }
            keys.add(new Key(column, ascending));
        }
        return new SortOrder(List.copyOf(keys));
    }

    /** The ORDER BY list, e.g. {@code a.dueDate asc, a.ref asc}. */
    public String toOrderBy() {
        return keys.stream().map(k -> k.column() + (k.ascending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
    }

    /** The order with a final tie-breaker appended when it is not already there, so pages are stable. */
    public SortOrder thenBy(String column) {
        if (keys.stream().anyMatch(k -> k.column().equals(column))) {
            return this;
        }
        List<Key> more = new ArrayList<>(keys);
        more.add(new Key(column, true));
        return new SortOrder(List.copyOf(more));
    }
}
