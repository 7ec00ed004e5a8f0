package uk.csit.tracker.gateway.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import uk.csit.tracker.kit.paging.Page;

/** What the three service clients share: the size of a page they read, and reading every page of a list. */
public final class Reads {

    /** The largest page a service gives. */
    public static final int PAGE_SIZE = 200;

    /**
     * The most pages one "read everything" walks; a longer list is refused (its part of an aggregate is UNAVAILABLE).
     * 2,000 items keep one aggregate's reads to a few megabytes: at 10,000 the benchmark's traces at scale 10 ran the
     * gateway out of its 128 MB heap.
     */
    static final int MAX_PAGES = 10;

    private Reads() {
    }

    /** Every item of a list, page after page (each page a guarded read of its own). */
    public static <T> List<T> every(String what, IntFunction<Page<T>> page) {
        List<T> all = new ArrayList<>();
        for (int number = 0; number < MAX_PAGES; number++) {
            Page<T> next = page.apply(number);
            all.addAll(next.items());
            if (next.items().isEmpty() || all.size() >= next.totalItems()) {
                return all;
            }
        }
        throw new TooMany(what + " has more than " + MAX_PAGES * PAGE_SIZE + " items");
    }

    /** A list too long for an aggregate to read. */
    public static class TooMany extends RuntimeException {
        TooMany(String message) {
            super(message, null, false, false);
        }
    }
}
