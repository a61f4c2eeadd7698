package org.partnershipledger.app.operations;

import org.partnershipledger.adapters.persistence.rebuild.RebuiltReadModel;

import java.util.List;

/**
 * What a set-based rebuild folds the events into: the projection's own event handler objects, built over in-memory
 * stores, and those stores' content as the rows of the read model's tables.
 *
 * @param handlers objects with the {@code @EventHandler}s of the processing group, exactly those the live processor
 *                 runs, constructed over {@code readModel}
 * @param readModel the stores the handlers write, as rows
 */
record ReadModelFold(List<Object> handlers, RebuiltReadModel readModel) {

    ReadModelFold {
        handlers = List.copyOf(handlers);
    }
}
