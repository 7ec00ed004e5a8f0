package uk.csit.tracker.plan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Records written straight into the database as an earlier day left them, for the as-at tests: an action as a seed
 * loads it (no change recorded for it), and a change recorded at a time of the test's choosing.
 */
final class RecordedPast {

    private RecordedPast() {
    }

    /** An in-progress action under the priority, with no change recorded for it. */
    static void action(Connection c, String ref, String priority, String title, int percent, LocalDate start,
            LocalDate due, long version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into action (ref, priority_id, title, status, percent_complete, start_date, due_date,
                                    original_due_date, version)
                select ?, id, ?, 'IN_PROGRESS', ?, ?, ?, ?, ? from priority where ref = ?""")) {
            s.setString(1, ref);
            s.setString(2, title);
            s.setInt(3, percent);
            s.setDate(4, Date.valueOf(start));
            s.setDate(5, Date.valueOf(due));
            s.setDate(6, Date.valueOf(due));
            s.setLong(7, version);
            s.setString(8, priority);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("No priority " + priority);
            }
        }
    }

    /** A change of a record, recorded at {@code at} (an ISO instant) by an officer, outside any seed. */
    static void change(Connection c, String type, String ref, String at, String operation, String before,
            String after) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into change_event (occurred_at, entity_type, entity_ref, operation, actor, before_value, after_value)
                values (cast(? as timestamptz), ?, ?, ?, 'officer@havering.gov.uk', cast(? as jsonb), cast(? as jsonb))""")) {
            s.setString(1, at);
            s.setString(2, type);
            s.setString(3, ref);
            s.setString(4, operation);
            s.setString(5, before);
            s.setString(6, after);
            s.executeUpdate();
        }
    }
}
