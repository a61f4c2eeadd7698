package org.partnershipledger.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL server the benchmark runs against, and the schemas it creates there, one per configuration. */
record Database(String jdbcUrl, String user, String password) {

    Schema createSchema(String name) {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        execute("CREATE SCHEMA " + name);
        String separator = jdbcUrl.contains("?") ? "&" : "?";
        return new Schema(name, jdbcUrl + separator + "currentSchema=" + name, user, password);
    }

    void dropSchema(Schema schema) {
        execute("DROP SCHEMA IF EXISTS " + schema.name() + " CASCADE");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcUrl + " refused: " + sql, e);
        }
    }

    /** One schema, and the JDBC URL that makes it the default for a connection. */
    record Schema(String name, String jdbcUrl, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }
    }
}
