package org.partnershipledger.archfixture.projections;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnershipledger.archfixture.domain.events.ValidEvent;

/** Violates rule 5: event sourcing outside the domain. */
public class StrayEventSourcingHandler {
    @EventSourcingHandler
    void on(ValidEvent event) {
    }
}
