package uk.csit.tracker.finance;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate sends on the counting thread, and only there, so that a test can see how many
 * queries one read costs without other threads' work in the count.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** How many statements {@code read} sent. */
    public static int statementsOf(Supplier<?> read) {
        COUNT.set(new int[1]);
        try {
            read.get();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }
}
