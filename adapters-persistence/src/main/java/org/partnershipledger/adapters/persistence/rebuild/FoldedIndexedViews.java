package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.tables.ReadModelTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Views folded in memory with the index each was saved with, keyed by the view's id: what a projection whose store
 * keeps a view and its index writes to during a rebuild, and the rows the read model's tables get for them.
 *
 * @param <V> the view
 * @param <I> its index
 */
abstract class FoldedIndexedViews<V, I> implements RebuiltReadModel {

    /** The rows a view and its index have in a table of the read model. */
    interface TableMapping<V, I> {
        void rows(ReadModelTable table, V view, I index, Consumer<Object[]> rows);
    }

    private record Folded<V, I>(V view, I index) {
    }

    private final Map<String, Folded<V, I>> views = new HashMap<>();
    private final List<ReadModelTable> tables;
    private final Function<V, String> idOf;
    private final TableMapping<V, I> mapping;

    FoldedIndexedViews(List<ReadModelTable> tables, Function<V, String> idOf, TableMapping<V, I> mapping) {
        this.tables = List.copyOf(tables);
        this.idOf = idOf;
        this.mapping = mapping;
    }

    public Optional<V> find(String id) {
        return Optional.ofNullable(views.get(id)).map(Folded::view);
    }

    public void save(V view, I index) {
        views.put(idOf.apply(view), new Folded<>(view, index));
    }

    public void deleteAll() {
        views.clear();
    }

    @Override
    public List<ReadModelTable> tables() {
        return tables;
    }

    @Override
    public void clear() {
        views.clear();
    }

    @Override
    public int size() {
        return views.size();
    }

    @Override
    public void rows(ReadModelTable table, Consumer<Object[]> rows) {
        views.values().forEach(folded -> mapping.rows(table, folded.view(), folded.index(), rows));
    }
}
