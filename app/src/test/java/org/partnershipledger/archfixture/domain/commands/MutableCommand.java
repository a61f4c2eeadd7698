package org.partnershipledger.archfixture.domain.commands;

/** Violates rule 5: a command that is not a record. */
public class MutableCommand {
    public String id;
}
