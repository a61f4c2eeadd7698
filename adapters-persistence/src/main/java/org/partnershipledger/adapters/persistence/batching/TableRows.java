package org.partnershipledger.adapters.persistence.batching;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one table written and read by the set, alike on H2 and PostgreSQL: many rows in one multi-row
 * {@code INSERT}, many keys in one {@code IN} list. Statements are cut into chunks of {@value #ROWS_PER_STATEMENT}
 * rows, well below either database's limit on parameters.
 */
public final class TableRows {

    static final int ROWS_PER_STATEMENT = 200;

    private final String table;
    private final List<String> columns;
    private final String valuesRow;

    public TableRows(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
        this.valuesRow = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /**
     * Inserts the rows, each the values of the columns in order; a value may be an
     * {@link org.springframework.jdbc.core.SqlParameterValue} to name its SQL type.
     */
    public void insert(JdbcClient jdbc, List<Object[]> rows) {
        for (List<Object[]> chunk : chunks(rows)) {
            List<Object> values = new ArrayList<>(chunk.size() * columns.size());
            for (Object[] row : chunk) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException(table + " has " + columns.size() + " columns, not "
                            + row.length);
                }
                values.addAll(Arrays.asList(row));
            }
            jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), valuesRow)))
                    .params(values)
                    .update();
        }
    }

    /** Deletes the rows whose key column holds one of these keys. */
    public void deleteWhere(JdbcClient jdbc, String keyColumn, Collection<String> keys) {
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            jdbc.sql("DELETE FROM " + table + " WHERE " + keyColumn + " IN (" + placeholders(chunk.size()) + ")")
                    .params(chunk)
                    .update();
        }
    }

    /** The text in {@code valueColumn} of each row whose key column holds one of these keys, by key. */
    public Map<String, String> textsWhere(JdbcClient jdbc, String keyColumn, String valueColumn,
                                          Collection<String> keys) {
        Map<String, String> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            jdbc.sql("SELECT " + keyColumn + ", " + valueColumn + " FROM " + table + " WHERE " + keyColumn + " IN ("
                            + placeholders(chunk.size()) + ")")
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
