package org.partnershipledger.adapters.rest.partnership;

/**
 * What a command answers with: the partnership or vetting it changed and the version that change gave it, which a
 * client sends back to guard its next change against concurrent edits.
 */
public record CommandAccepted(String id, long version) {
}
