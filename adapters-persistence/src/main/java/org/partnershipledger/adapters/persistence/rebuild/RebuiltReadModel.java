package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import java.util.List;
import java.util.function.Consumer;

/**
 * A read model folded in memory by its projection's own handlers, as the rows of its tables: exactly the rows the
 * live JDBC store would hold after the same events.
 */
public interface RebuiltReadModel {

    /** Every table of the read model, a table before those whose foreign keys refer to it. */
    List<ReadModelTable> tables();

    /** Hands every row of the table to {@code rows}, its values in the order of {@link ReadModelTable#columns()}. */
    void rows(ReadModelTable table, Consumer<Object[]> rows);

    /** How many records (views, documents) are held. */
    int size();

    /** Forgets every record held, once their rows are loaded. */
    void clear();
}
