package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Shadow copies of read-model tables (ADR 027): created empty beside the live tables, bulk-loaded with a rebuilt read
 * model while the live tables keep answering, and swapped in.
 *
 * <ul>
 *   <li>{@link #prepare} drops what an earlier rebuild that never finished left, and creates each shadow with the
 *       live table's columns and no index or constraint, so that loading writes nothing but the rows: on PostgreSQL
 *       {@code CREATE UNLOGGED TABLE x_rebuild (LIKE x INCLUDING DEFAULTS)}, which also writes no WAL (a crash empties
 *       it, which costs nothing: the next rebuild recreates it); on H2 {@code CREATE TABLE x_rebuild AS SELECT * FROM x
 *       WITH NO DATA}. It refuses a live table with a column the rebuild would not write.</li>
 *   <li>{@link #load} writes the rows on a connection of its own, in one transaction per table: PostgreSQL's
 *       {@code COPY ... FROM STDIN}, H2's batched inserts, each value converted as the driver converts it for the live
 *       stores' statements.</li>
 *   <li>{@link #swapIn} replaces the live rows by the shadow's in the caller's transaction, through the
 *       {@link JdbcClient} the stores use, so that it commits with whatever else the caller does there (the
 *       processor's tokens): the live rows are deleted and the shadow's inserted with {@code INSERT ... SELECT}. The
 *       tables themselves stay, with their indexes, constraints and names, as the migrations made them; readers see
 *       the old rows until the commit and the new ones after it.</li>
 *   <li>{@link #drop} removes the shadows, after the swap or a failed rebuild.</li>
 * </ul>
 */
public final class ShadowTables {

    private static final int H2_BATCH = 1_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public ShadowTables(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Drops leftover shadows and creates empty ones. */
    public void prepare(List<ReadModelTable> tables) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = postgres(connection);
            for (ReadModelTable table : tables) {
                requireWrittenColumns(connection, table);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE IF EXISTS " + table.shadow());
                    statement.execute(postgres
                            ? "CREATE UNLOGGED TABLE " + table.shadow() + " (LIKE " + table.name()
                            + " INCLUDING DEFAULTS)"
                            : "CREATE TABLE " + table.shadow() + " AS SELECT * FROM " + table.name()
                            + " WITH NO DATA");
                }
            }
            commitUnlessAutoCommit(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the shadow tables of " + names(tables), e);
        }
    }

    /**
     * Loads the rows into the table's shadow and commits them; {@code loaded} hears how many rows are written as
     * they are.
     */
    public void load(ReadModelTable table, RebuiltReadModel model, LongConsumer loaded) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (postgres(connection)) {
                    PostgresCopy.copy(connection, table, model, loaded);
                } else {
                    insertInBatches(connection, table, model, loaded);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load " + table.shadow(), e);
        }
    }

    /**
     * Replaces every row of the live tables by the rows of their shadows, within the caller's transaction: children
     * deleted before their parents, parents inserted before their children.
     */
    public void swapIn(List<ReadModelTable> tables) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            jdbc.sql("DELETE FROM " + tables.get(i).name()).update();
        }
        for (ReadModelTable table : tables) {
            jdbc.sql("INSERT INTO " + table.name() + " (" + table.columnList() + ") SELECT " + table.columnList()
                    + " FROM " + table.shadow()).update();
        }
    }

    /** Drops the shadows, children first; those that do not exist are skipped. */
    public void drop(List<ReadModelTable> tables) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                statement.execute("DROP TABLE IF EXISTS " + tables.get(i).shadow());
            }
            commitUnlessAutoCommit(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the shadow tables of " + names(tables), e);
        }
    }

    /** A live column the rebuild does not write would be left empty by the swap: refused before any work. */
    private static void requireWrittenColumns(Connection connection, ReadModelTable table) throws SQLException {
        List<String> live = columns(connection, table.name());
        List<String> missing = new ArrayList<>(live);
        missing.removeAll(table.columnNames());
        List<String> unknown = new ArrayList<>(table.columnNames());
        unknown.removeAll(live);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalStateException("the rebuild of " + table.name() + " does not match its columns: not "
                    + "written " + missing + ", not in the table " + unknown
                    + "; the rebuild's rows must change with the store (ADR 027)");
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet rs = statement.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return columns;
        }
    }

    private static void insertInBatches(Connection connection, ReadModelTable table, RebuiltReadModel model,
                                        LongConsumer loaded) throws SQLException {
        String sql = "INSERT INTO " + table.shadow() + " (" + table.columnList() + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            long[] rows = {0};
            model.rows(table, values -> {
                try {
                    for (int i = 0; i < values.length; i++) {
                        int type = table.columns().get(i).sqlType();
                        if (values[i] == null) {
                            statement.setNull(i + 1, type);
                        } else {
                            statement.setObject(i + 1, values[i], type);
                        }
                    }
                    statement.addBatch();
                    if (++rows[0] % H2_BATCH == 0) {
                        statement.executeBatch();
                        loaded.accept(H2_BATCH);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot insert into " + table.shadow(), e);
                }
            });
            statement.executeBatch();
            loaded.accept(rows[0] % H2_BATCH);
        }
    }

    static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static void commitUnlessAutoCommit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static List<String> names(List<ReadModelTable> tables) {
        return tables.stream().map(ReadModelTable::name).toList();
    }
}
