package uk.csit.tracker.kit.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every table of the service's database, each as its row count and a checksum of its rows' text:
 * two fingerprints are equal only when no row was added, removed or changed.
 */
public record DatabaseFingerprint(Map<String, String> tables) {

    /** Of the database the running test application uses. */
    public static DatabaseFingerprint take() {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            Map<String, String> tables = new TreeMap<>();
            for (String name : names) {
                try (ResultSet rs = statement.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), ''"
                        + " order by md5(t::text))), '') from \"" + name + "\" t")) {
                    rs.next();
                    tables.put(name, rs.getLong(1) + " rows, " + rs.getString(2));
                }
            }
            return new DatabaseFingerprint(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database at " + url, e);
        }
    }
}
