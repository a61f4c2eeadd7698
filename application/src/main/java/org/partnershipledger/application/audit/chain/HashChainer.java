package org.partnershipledger.application.audit.chain;

/**
 * Extends the hash chain over events stored since its last run, in global-index order, and notes checkpoints. Only
 * one chainer extends the chain at a time, whichever node it runs on; another waits its turn and continues from
 * where the first stopped. A global index that is missing below a stored event is waited for, up to a timeout, since
 * a slow transaction may still commit it; then it is recorded as a gap.
 */
public interface HashChainer {

    /** Chains every event it may chain now; cheap when there is nothing new. */
    ChainExtension extend();
}
