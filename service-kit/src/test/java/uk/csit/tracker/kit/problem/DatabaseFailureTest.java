package uk.csit.tracker.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    private static Optional<DatabaseFailure> state(String sqlState) {
        return DatabaseFailure.of(new SQLException("refused", sqlState));
    }

    @Test
    void sqlStatesACallerCanCause() {
        assertEquals(Optional.of(DatabaseFailure.DUPLICATE), state("23505"));
        assertEquals(Optional.of(DatabaseFailure.BROKEN_REFERENCE), state("23503"));
        assertEquals(Optional.of(DatabaseFailure.UNSTORABLE_VALUE), state("22021"), "a character the encoding refuses");
        assertEquals(Optional.of(DatabaseFailure.UNSTORABLE_VALUE), state("22003"), "a number out of its column's range");
        assertEquals(Optional.of(DatabaseFailure.COLLISION), state("40001"), "a serialization failure");
        assertEquals(Optional.of(DatabaseFailure.COLLISION), state("40P01"), "a deadlock");
    }

    @Test
    void aDatabaseOutOfReachIsNotTheCallersFault() {
        assertEquals(Optional.of(DatabaseFailure.UNREACHABLE), state("08006"), "connection failure");
        assertEquals(Optional.of(DatabaseFailure.UNREACHABLE), state("57P01"), "administrator shutdown");
        assertEquals(Optional.of(DatabaseFailure.UNREACHABLE), state("57P03"), "cannot connect now (starting up)");
        assertEquals(Optional.of(DatabaseFailure.UNREACHABLE),
                DatabaseFailure.of(new SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void aPoolWithNoConnectionFreeIsBusyNotBroken() {
        // What Agroal throws, wrapped as Hibernate wraps it.
        RuntimeException hibernate = new RuntimeException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!]",
                new SQLException("Sorry, acquisition timeout!"));
        assertEquals(Optional.of(DatabaseFailure.BUSY), DatabaseFailure.of(hibernate));
    }

    @Test
    void anythingElseIsOurs() {
        assertEquals(Optional.empty(), state("42P01"), "an undefined table is a bug, not a request's doing");
        assertEquals(Optional.empty(), state("23502"), "a not-null column left empty is a bug the service should catch");
        assertEquals(Optional.empty(), DatabaseFailure.of(new SQLException("no state")));
        assertEquals(Optional.empty(), DatabaseFailure.of(new IllegalStateException("bug")));
    }

    @Test
    void foundAnywhereInTheCauseChainAsACommitWrapsIt() {
        RuntimeException commit = new RuntimeException("commit failed",
                new IllegalStateException("flush", new SQLException("duplicate key", "23505")));
        assertEquals(Optional.of(DatabaseFailure.DUPLICATE), DatabaseFailure.of(commit));
        assertEquals(Optional.of(DatabaseFailure.CHANGED_MEANWHILE),
                DatabaseFailure.of(new RuntimeException(new OptimisticLockException())));
    }

    /** Named as Hibernate's and Jakarta Persistence's are: the classification goes by the simple name. */
    private static final class OptimisticLockException extends RuntimeException {
    }
}
