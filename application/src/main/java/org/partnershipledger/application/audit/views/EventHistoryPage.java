package org.partnershipledger.application.audit.views;

import java.util.List;

/**
 * A page of one record's history, oldest event first.
 *
 * @param aggregateType the kind of record: Partnership or Vetting
 * @param aggregateId   the record's id
 * @param page          the 0-based page number asked for
 * @param size          the page size asked for
 * @param totalEvents   how many events the record has, on every page
 * @param events        the events of this page, oldest first
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
