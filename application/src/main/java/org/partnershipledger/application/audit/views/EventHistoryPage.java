package org.partnershipledger.application.audit.views;

import java.util.List;

/**
 * A page of one record's history, oldest event first.
 *
 * @param totalEvents how many events the record has, on every page
 */
public record EventHistoryPage(String aggregateType,
                               String aggregateId,
                               int page,
                               int size,
                               long totalEvents,
                               List<AuditedEvent> events) {

    public EventHistoryPage {
        events = List.copyOf(events);
    }
}
