package uk.csit.tracker.kit.http;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.csit.tracker.kit.problem.ProblemException;

/**
 * Filter values read from the query string as text, so that a bad one is a 400 naming the
 * parameter and what it takes, rather than Jakarta REST's 404 for an unconvertible parameter.
 */
public final class QueryValues {

    /** The time zone the councils' days are in. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private QueryValues() {
    }

    /** A text filter as given: trimmed, or null (no filter) when it is missing or blank. */
    public static String filter(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    public static <E extends Enum<E>> E enumValue(String parameter, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static LocalDate date(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be a real date written YYYY-MM-DD");
        }
    }

    /** A day that has begun in England: today or before; a later one is a 400 (nothing is known of it yet). */
    public static LocalDate pastDay(String parameter, String raw, Clock clock) {
        LocalDate day = date(parameter, raw);
        if (day != null && day.isAfter(LocalDate.now(clock.withZone(ENGLAND)))) {
            throw ProblemException.invalid(parameter, "must not be in the future: the position is known up to today");
        }
        return day;
    }

    public static Boolean bool(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(parameter, "must be true or false");
        };
    }

    /** Checks that a from/to pair is in order. */
    public static void range(String fromParameter, LocalDate from, String toParameter, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid(toParameter, "must not be before " + fromParameter);
        }
    }
}
