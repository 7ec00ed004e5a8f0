package uk.csit.tracker.kit.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * The database failures a request (or a race between two requests) can cause, found anywhere in the cause chain,
 * since a commit wraps them. The service layer checks its rules first and says why in words; this is the backstop.
 * Anything else is not the caller's doing.
 */
public enum DatabaseFailure {

    /** Another request changed the record first (an optimistic lock). */
    CHANGED_MEANWHILE,
    /** The database cannot be reached (a connection failure, an administrator's shutdown, a start in progress). */
    UNREACHABLE,
    /** Every connection of the service's pool stayed in use for the whole acquisition timeout: too many at once. */
    BUSY,
    /** A unique constraint: the record's identifying value is taken. */
    DUPLICATE,
    /** A data exception: a value the database cannot hold (a character its encoding refuses, a number too large). */
    UNSTORABLE_VALUE,
    /** A foreign key: a reference to a record that does not exist, or the removal of one others refer to. */
    BROKEN_REFERENCE,
    /** A serialization failure or a deadlock: sent again, the request may well succeed. */
    COLLISION;

    /** What Agroal's pool says when no connection came free within its acquisition timeout. */
    static final String POOL_EXHAUSTED = "acquisition timeout";

    public static Optional<DatabaseFailure> of(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("OptimisticLockException") || name.equals("StaleObjectStateException")
                    || name.equals("StaleStateException")) {
                return Optional.of(CHANGED_MEANWHILE);
            }
            if (t instanceof SQLTransientConnectionException || name.equals("JDBCConnectionException")) {
                return Optional.of(UNREACHABLE);
            }
            // Agroal says so with a plain SQLException, no SQLSTATE, and these words.
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().contains(POOL_EXHAUSTED)) {
                return Optional.of(BUSY);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<DatabaseFailure> known = ofSqlState(sql.getSQLState());
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL's SQLSTATE classes and codes (PostgreSQL documentation, Appendix A, "Error Codes"). */
    static Optional<DatabaseFailure> ofSqlState(String state) {
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return Optional.of(UNREACHABLE);
        }
        if (state.equals("23505")) {
            return Optional.of(DUPLICATE);
        }
        if (state.startsWith("22")) {
            return Optional.of(UNSTORABLE_VALUE);
        }
        if (state.equals("23503")) {
            return Optional.of(BROKEN_REFERENCE);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Optional.of(COLLISION);
        }
        return Optional.empty();
    }
}
