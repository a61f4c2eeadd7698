package org.partnershipledger.archfixture.adapters.rest;

import org.axonframework.commandhandling.CommandHandler;
import org.partnershipledger.archfixture.domain.commands.ValidCommand;

/** Violates rule 5: a command handled outside an aggregate. */
public class StrayCommandHandler {
    @CommandHandler
    void handle(ValidCommand command) {
    }
}
