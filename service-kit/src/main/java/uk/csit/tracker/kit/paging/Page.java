package uk.csit.tracker.kit.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the shape of every list answer. */
public record Page<T>(
        @Schema(description = "The items on this page.") List<T> items,
        @Schema(description = "This page's number, from 0.", example = "0") int page,
        @Schema(description = "The page size asked for.", example = "50") int size,
        @Schema(description = "How many items match, across all pages.", example = "123") long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    public int lastPage() {
        return totalItems == 0 ? 0 : (int) ((totalItems - 1) / size);
    }
}
