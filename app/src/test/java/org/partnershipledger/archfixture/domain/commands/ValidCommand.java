package org.partnershipledger.archfixture.domain.commands;

public record ValidCommand(String id) {
}
