package org.partnershipledger.archfixture.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnershipledger.archfixture.domain.commands.ValidCommand;
import org.partnershipledger.archfixture.domain.events.ValidEvent;

/** Keeps the rules: handlers where they belong. */
public class ValidAggregate {
    @CommandHandler
    void handle(ValidCommand command) {
    }

    @EventSourcingHandler
    void on(ValidEvent event) {
    }
}
