package uk.csit.tracker.finance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An allocation's spend to date, kept by the database (V4), follows every way spend lines are written. */
@QuarkusTest
class SpentTotalTest {

    @Inject
    DataSource dataSource;

    @Test
    void theKeptTotalIsTheSumOfTheSpendLinesHoweverTheyAreWritten() throws SQLException {
        String year = LedgerRulesTest.year();
        String allocation = LedgerRulesTest.allocation(year, "10000.00", null);
        String date = year.substring(0, 4) + "-05-01";
        String first = LedgerRulesTest.unique("SP");
        for (String[] line : new String[][] {{first, "1200.50", null}, {LedgerRulesTest.unique("SP"), "300.25", null},
                {LedgerRulesTest.unique("SP"), "-1200.50", first}}) {
            given().contentType(ContentType.JSON).body(LedgerRulesTest.spend(line[0], allocation, date, line[1], line[2]))
                    .when().post("/api/v1/spend").then().statusCode(201);
        }
        assertEquals(new BigDecimal("300.25"), kept(allocation));
        assertEquals(kept(allocation), summed(allocation));

        try (Connection c = dataSource.getConnection()) {
            sql(c, "insert into spend_entry (external_id, allocation_id, spend_date, amount, description)"
                    + " select 'SQL-' || g || '-' || a.id, a.id, date '" + date + "', 100, 'straight in SQL'"
                    + " from allocation a, generate_series(1, 3) g where a.ref = ?", allocation);
            assertEquals(new BigDecimal("600.25"), kept(allocation));
            sql(c, "update spend_entry set amount = amount + 50 where external_id like 'SQL-1-%'"
                    + " and allocation_id = (select id from allocation where ref = ?)", allocation);
            assertEquals(new BigDecimal("650.25"), kept(allocation));
            sql(c, "delete from spend_entry where external_id like 'SQL-%'"
                    + " and allocation_id = (select id from allocation where ref = ?)", allocation);
        }
        assertEquals(new BigDecimal("300.25"), kept(allocation));
        assertEquals(kept(allocation), summed(allocation));
    }

    private BigDecimal kept(String allocation) throws SQLException {
        return one("select spent_total from allocation where ref = ?", allocation);
    }

    private BigDecimal summed(String allocation) throws SQLException {
        return one("select coalesce(sum(s.amount), 0) from spend_entry s join allocation a on a.id = s.allocation_id"
                + " where a.ref = ?", allocation);
    }

    private BigDecimal one(String query, String allocation) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, allocation);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1).setScale(2);
            }
        }
    }

    private static void sql(Connection c, String statement, String allocation) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, allocation);
            s.executeUpdate();
        }
    }
}
