package uk.csit.tracker.kit.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Every service's clock: "today" for the RAG and overdue rules, the read cache's day, "as at" times; and its ticker,
 * for how long a cache has held what it holds.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    Ticker ticker() {
        return System::nanoTime;
    }
}
