package org.partnershipledger.adapters.persistence.tables;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A read-model table as the live store and a rebuild write it: its name and every one of its columns, in the order of
 * the rows' values, each with the JDBC type its values are bound with.
 */
public record ReadModelTable(String name, List<Column> columns) {

    /** The suffix of a table's shadow copy, which a rebuild loads before swapping its rows in. */
    public static final String SHADOW_SUFFIX = "_rebuild";

    public ReadModelTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    public static ReadModelTable of(String name, Column... columns) {
        return new ReadModelTable(name, List.of(columns));
    }

    /** The shadow copy's name. */
    public String shadow() {
        return name + SHADOW_SUFFIX;
    }

    /** The column names, comma separated, in row order. */
    public String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** The column names in lower case, in row order. */
    public List<String> columnNames() {
        return columns.stream().map(column -> column.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** One column and the {@link java.sql.Types JDBC type} its values are bound with. */
    public record Column(String name, int sqlType) {
    }
}
