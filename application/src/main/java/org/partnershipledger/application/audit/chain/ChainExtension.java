package org.partnershipledger.application.audit.chain;

/**
 * What one run of the chainer did.
 *
 * @param linked                 links appended in this run
 * @param gapIndexesRecorded     global indexes recorded as gaps (rolled back, or never committed within the timeout)
 * @param checkpointsWritten     checkpoints noted in this run
 * @param chainLength            links in the chain after the run
 * @param chainedThroughGlobalIndex every global index up to this one is now chained or a recorded gap
 * @param waitingForGlobalIndex  the missing global index the chain waits for (a transaction that may still commit it),
 *                               or null when the chain caught up with every committed event
 */
public record ChainExtension(long linked,
                             long gapIndexesRecorded,
                             long checkpointsWritten,
                             long chainLength,
                             long chainedThroughGlobalIndex,
                             Long waitingForGlobalIndex) {
}
