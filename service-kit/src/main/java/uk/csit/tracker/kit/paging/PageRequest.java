package uk.csit.tracker.kit.paging;

/** A validated page request: page from 0, size 1 to {@link PageParams#MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
