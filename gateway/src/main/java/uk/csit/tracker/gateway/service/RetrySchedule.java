package uk.csit.tracker.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the first wait, doubled after each failure up to the
 * longest wait, stretched by up to a fifth at random so that many receivers' retries do not
 * arrive together; never after the retry window from the change, when the delivery has failed.
 */
public record RetrySchedule(Duration firstRetry, Duration longestRetry, Duration window, DoubleSupplier random) {

    /** The next attempt after this many failed ones, or empty when the window is spent. */
    public Optional<Instant> next(int failedAttempts, Instant owedSince, Instant now) {
        long base = firstRetry.toMillis();
        long wait = base;
        for (int i = 1; i < failedAttempts && wait < longestRetry.toMillis(); i++) {
            wait *= 2;
        }
        wait = Math.min(wait, longestRetry.toMillis());
        wait += (long) (wait * 0.2 * random.getAsDouble());
        Instant next = now.plusMillis(wait);
        return next.isAfter(owedSince.plus(window)) ? Optional.empty() : Optional.of(next);
    }
}
