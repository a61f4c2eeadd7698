package org.partnershipledger.adapters.persistence.audit.chain;

import java.time.Duration;

/**
 * How the chainer works.
 *
 * @param batchSize            events chained per transaction (and held in memory at once)
 * @param gapTimeout           how long a global index missing below a stored event is waited for, since a slow
 *                             transaction may still commit it, before it is recorded as a gap; Axon's own processors
 *                             wait 60 seconds for the same reason
 * @param checkpointEveryLinks a checkpoint at every position divisible by this
 * @param checkpointInterval   and one at the end of the chain when it grew and the last checkpoint is older than this
 */
public record HashChainSettings(int batchSize, Duration gapTimeout, long checkpointEveryLinks,
                                Duration checkpointInterval) {

    public static final HashChainSettings DEFAULT = new HashChainSettings(200, Duration.ofSeconds(60), 1000,
            Duration.ofHours(1));

    public HashChainSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size is at least 1, was " + batchSize);
        }
        if (gapTimeout.isNegative()) {
            throw new IllegalArgumentException("the gap timeout cannot be negative, was " + gapTimeout);
        }
        if (checkpointEveryLinks < 1) {
            throw new IllegalArgumentException("checkpoints are every 1 or more links, was " + checkpointEveryLinks);
        }
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("the checkpoint interval must be positive, was " + checkpointInterval);
        }
    }
}
