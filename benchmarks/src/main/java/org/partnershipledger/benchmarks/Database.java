package org.partnershipledger.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the benchmark runs against, and the schemas it creates there, one per configuration. A service's
 * schema belongs to a login role of the same name that only that service uses, so that the server's statement
 * statistics ({@code pg_stat_statements}, kept per role) tell the service's statements from the harness's own probes.
 */
record Database(String jdbcUrl, String user, String password) {

    /** A schema for the harness alone (the raw commit rate). */
    Schema createSchema(String name) {
        recreate(name, user);
        return schema(name, user);
    }

    /**
     * A schema for a service, owned by the service's own role. The role logs in without a password: the benchmark's
     * PostgreSQL trusts local connections, as the tests' does.
     */
    Schema createServiceSchema(String name) {
        execute("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s LOGIN; END IF;
                END $$""".formatted(name));
        recreate(name, name);
        return schema(name, name);
    }

    void dropSchema(Schema schema) {
        execute("DROP SCHEMA IF EXISTS " + schema.name() + " CASCADE");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private void recreate(String name, String owner) {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        execute("CREATE SCHEMA " + name + " AUTHORIZATION " + owner);
    }

    private Schema schema(String name, String serviceRole) {
        String separator = jdbcUrl.contains("?") ? "&" : "?";
        return new Schema(name, jdbcUrl + separator + "currentSchema=" + name, user, password, serviceRole);
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcUrl + " refused: " + sql, e);
        }
    }

    /**
     * One schema, and the JDBC URL that makes it the default for a connection. The harness connects as {@code user};
     * the service as {@code serviceRole}, without a password.
     */
    record Schema(String name, String jdbcUrl, String user, String password, String serviceRole) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }
    }
}
