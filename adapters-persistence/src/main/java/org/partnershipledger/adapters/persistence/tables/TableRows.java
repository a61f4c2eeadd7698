package org.partnershipledger.adapters.persistence.tables;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one read-model table written and read by the set, alike on H2 and PostgreSQL: many rows in one multi-row
 * {@code INSERT}, many keys in one {@code IN} list, every value bound with its column's JDBC type (so that the driver
 * need not ask the database what a null is). Statements are cut into chunks of {@value #ROWS_PER_STATEMENT} rows,
 * well below either database's limit on parameters.
 */
public final class TableRows {

    static final int ROWS_PER_STATEMENT = 200;

    private final ReadModelTable table;
    private final String valuesRow;

    public TableRows(ReadModelTable table) {
        this.table = table;
        this.valuesRow = "(" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
    }

    /** Inserts the rows, each the values of the table's columns in order. */
    public void insert(JdbcClient jdbc, List<Object[]> rows) {
        List<ReadModelTable.Column> columns = table.columns();
        for (List<Object[]> chunk : chunks(rows)) {
            List<Object> values = new ArrayList<>(chunk.size() * columns.size());
            for (Object[] row : chunk) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException(table.name() + " has " + columns.size() + " columns, not "
                            + row.length);
                }
                for (int i = 0; i < row.length; i++) {
                    values.add(new SqlParameterValue(columns.get(i).sqlType(), row[i]));
                }
            }
            jdbc.sql("INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), valuesRow)))
                    .params(values)
                    .update();
        }
    }

    /** Deletes the rows whose key (the first column) is one of these. */
    public void deleteByKey(JdbcClient jdbc, Collection<String> keys) {
        String keyColumn = table.columns().get(0).name();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            jdbc.sql("DELETE FROM " + table.name() + " WHERE " + keyColumn + " IN (" + placeholders(chunk.size())
                            + ")")
                    .params(chunk)
                    .update();
        }
    }

    /** The text in {@code valueColumn} of each row whose key (the first column) is one of these, by key. */
    public Map<String, String> textsByKey(JdbcClient jdbc, String valueColumn, Collection<String> keys) {
        String keyColumn = table.columns().get(0).name();
        Map<String, String> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            jdbc.sql("SELECT " + keyColumn + ", " + valueColumn + " FROM " + table.name() + " WHERE " + keyColumn
                            + " IN (" + placeholders(chunk.size()) + ")")
                    .params(chunk)
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getString(2));
                    });
        }
        return found;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += ROWS_PER_STATEMENT) {
            chunks.add(items.subList(start, Math.min(items.size(), start + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }
}
