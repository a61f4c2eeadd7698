package org.partnershipledger.application.audit.chain;

/**
 * Where the chain ends.
 *
 * @param links           how many links the chain has; the last one is at this position
 * @param lastGlobalIndex every global index up to this one is chained or a recorded gap
 * @param lastLink        the link at the last position, null while the chain is empty
 */
public record ChainHead(long links, long lastGlobalIndex, String lastLink) {
}
