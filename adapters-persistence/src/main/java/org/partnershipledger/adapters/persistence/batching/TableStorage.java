package org.partnershipledger.adapters.persistence.batching;

import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.adapters.persistence.tables.TableRows;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A read model's documents in its tables, by the set: the first table holds each document as JSON in its
 * {@code document} column under its key (the first column), the others hold rows that refer to it and go with it when
 * it is deleted (their foreign keys cascade). Replacing documents deletes them and inserts all their rows anew.
 *
 * @param <D> what the store keeps per key
 */
public final class TableStorage<D> implements TransactionalDocuments.Storage<D> {

    /** The rows a document has in a table of the read model. */
    public interface TableMapping<D> {
        void rows(ReadModelTable table, D document, Consumer<Object[]> rows);
    }

    private final JdbcClient jdbc;
    private final List<ReadModelTable> tables;
    private final Function<String, D> fromJson;
    private final Function<D, String> keyOf;
    private final TableMapping<D> mapping;

    /**
     * @param tables   every table, each before those whose foreign keys refer to it
     * @param fromJson the document as read back from its JSON
     */
    public TableStorage(JdbcClient jdbc, List<ReadModelTable> tables, Function<String, D> fromJson,
                        Function<D, String> keyOf, TableMapping<D> mapping) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
        this.fromJson = fromJson;
        this.keyOf = keyOf;
        this.mapping = mapping;
    }

    @Override
    public Map<String, D> load(Collection<String> ids) {
        Map<String, D> found = new LinkedHashMap<>();
        new TableRows(tables.get(0)).textsByKey(jdbc, "document", ids)
                .forEach((id, document) -> found.put(id, fromJson.apply(document)));
        return found;
    }

    @Override
    public void replace(Collection<D> documents) {
        new TableRows(tables.get(0)).deleteByKey(jdbc, documents.stream().map(keyOf).toList());
        for (ReadModelTable table : tables) {
            List<Object[]> rows = new ArrayList<>();
            documents.forEach(document -> mapping.rows(table, document, rows::add));
            new TableRows(table).insert(jdbc, rows);
        }
    }

    /** Deletes every row of every table, those that refer to others first. */
    public void deleteAll() {
        for (int i = tables.size() - 1; i >= 0; i--) {
            jdbc.sql("DELETE FROM " + tables.get(i).name()).update();
        }
    }
}
