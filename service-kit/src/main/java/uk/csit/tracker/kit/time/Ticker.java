package uk.csit.tracker.kit.time;

/**
 * A monotonic clock for how long something has been held (a cache's entry), in nanoseconds: the JVM's own
 * ({@link System#nanoTime()}) in a service, one a test moves on instead of waiting.
 */
@FunctionalInterface
public interface Ticker {

    long nanos();
}
