package org.partnershipledger.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server integration tests run against, and a fresh schema in it for each caller, so that tests never
 * see each other's rows, nor what an earlier run on the same server left behind. Schemas are dropped when the JVM ends.
 *
 * <p>Where: {@code LEDGER_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}), user
 * {@code LEDGER_TEST_POSTGRES_USER} (default {@code postgres}), password {@code LEDGER_TEST_POSTGRES_PASSWORD}
 * (default empty).
 */
public final class PostgresTestDatabase {

    public static final String URL_VARIABLE = "LEDGER_TEST_POSTGRES_URL";

    private PostgresTestDatabase() {
    }

    public static String url() {
        return env(URL_VARIABLE, "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String username() {
        return env("LEDGER_TEST_POSTGRES_USER", "postgres");
    }

    public static String password() {
        return env("LEDGER_TEST_POSTGRES_PASSWORD", "");
    }

    /** Why PostgreSQL cannot be used, or empty when it answers. */
    static Optional<String> unavailableBecause() {
        try (Connection ignored = connect(url())) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("no PostgreSQL answers at " + url() + " (" + e.getMessage() + ")");
        }
    }

    /** Creates an empty schema and answers a JDBC URL whose connections use it by default. */
    public static String urlOfNewSchema() {
        String schema = "ledger_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection connection = connect(url()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url() + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url, username(), password());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
