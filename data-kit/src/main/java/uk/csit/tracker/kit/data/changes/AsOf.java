package uk.csit.tracker.kit.data.changes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import uk.csit.tracker.kit.http.QueryValues;

/**
 * A position "as at" the end of a day: the day (what dated records count up to) and the instant
 * the day ended in England (what recorded history is rebuilt up to). A summary read as at a day
 * counts only records dated on or before it, and takes each record changed since as it was before
 * its first change after that instant: so later corrections and new records are left out.
 */
public record AsOf(LocalDate date, Instant cutoff) {

    public static AsOf endOf(LocalDate date) {
        return new AsOf(date, date.plusDays(1).atStartOfDay(QueryValues.ENGLAND).toInstant());
    }

    /** The asOf query parameter: none is now (null); a day that is not a real date, or is in the future, is a 400. */
    public static AsOf parse(String raw, Clock clock) {
        LocalDate date = QueryValues.pastDay("asOf", raw, clock);
        return date == null ? null : endOf(date);
    }

    /**
     * SQL (PostgreSQL) for the records of one kind as they were at the cutoff: {@code ref} and the
     * record's JSON ({@code before_value} of its first change after the cutoff) for each record
     * changed since, the JSON null when it did not exist then. Parameter: the cutoff as a timestamp.
     * A seed's CREATE (SeedChanges) is not the record's creation: the seed holds the council's past.
     */
    public static String changedSince(String entityType, int cutoffParameter) {
        return changedSince(entityType, "?" + cutoffParameter);
    }

    /** As {@link #changedSince(String, int)}, the cutoff given as a named parameter ({@code :cutoff}) or a positional one. */
    public static String changedSince(String entityType, String cutoffParameter) {
        if (!cutoffParameter.matches("\\?[0-9]+|:[a-zA-Z]+")) {
            throw new IllegalArgumentException("Not a query parameter: " + cutoffParameter);
        }
        if (!entityType.matches("[a-z-]+")) {
            throw new IllegalArgumentException("Not an entity type: " + entityType);
        }
        return """
                (select distinct on (entity_ref) entity_ref as ref, before_value as then
                   from change_event
                  where entity_type = '%s' and occurred_at >= cast(%s as timestamptz)
                    and not (operation = 'CREATE' and coalesce(request_id, '') like '%s%%')
                  order by entity_ref, occurred_at, id)""".formatted(entityType, cutoffParameter, SeedChanges.REQUEST_PREFIX);
    }
}
