package org.partnershipledger.application.audit.queries;

import org.partnershipledger.application.audit.AuditedAggregate;
import org.partnershipledger.application.paging.Paging;

import java.util.Objects;

/**
 * Asks for a page of one record's history from the event store, oldest event first; answered with an empty
 * {@code Optional} when no record of that kind has that id (ask with
 * {@code ResponseTypes.optionalInstanceOf(EventHistoryPage.class)}).
 */
public record FindEventHistory(AuditedAggregate aggregate, String aggregateId, int page, int size) {

    public static final int DEFAULT_SIZE = Paging.DEFAULT_SIZE;
    public static final int MAX_SIZE = Paging.MAX_SIZE;

    public FindEventHistory {
        Objects.requireNonNull(aggregate, "aggregate is required");
        Objects.requireNonNull(aggregateId, "aggregateId is required");
        Paging.require(page, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
