package org.partnershipledger.application.audit.chain;

/**
 * A checkpoint an operator kept outside the database and hands back to a verification: the chain must still have
 * this link at this position, and recompute to it.
 */
public record SuppliedCheckpoint(long position, String link) {

    public SuppliedCheckpoint {
        if (position < 1) {
            throw new IllegalArgumentException("a checkpoint's position is 1 or more, was " + position);
        }
        if (!ChainLinks.isLink(link)) {
            throw new IllegalArgumentException("a checkpoint's link is 64 lower-case hexadecimal digits");
        }
    }
}
