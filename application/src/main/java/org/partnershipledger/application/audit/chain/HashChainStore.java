package org.partnershipledger.application.audit.chain;

import java.util.List;
import java.util.Optional;

/** Reads the stored hash chain beside the event table, for verification and for operators copying checkpoints. */
public interface HashChainStore {

    /** Where the chain ends, or empty when its head row is gone. */
    Optional<ChainHead> head();

    /**
     * Up to {@code limit} links with positions from {@code fromPosition} to {@code toPosition}, in chain order, each
     * with the event row now stored at its global index and the checkpoint at its position. Callers page through the
     * chain with this, so that no more than {@code limit} events are held at once.
     */
    List<ChainEntry> entries(long fromPosition, long toPosition, int limit);

    /** The first checkpoint whose position has no link, if any: links after it were removed. */
    Optional<Checkpoint> firstCheckpointWithoutLink();

    /** Events after {@code globalIndex}, which the chainer has not reached yet. */
    long eventsAfter(long globalIndex);

    /**
     * Events at or below {@code globalIndex} that no link covers: the chain passed their index as a gap, so they were
     * stored there after it did. Counted, and the first one named.
     */
    long unchainedEventsUpTo(long globalIndex);

    /** The first of {@link #unchainedEventsUpTo(long)}, by global index. */
    Optional<EventReference> firstUnchainedEventUpTo(long globalIndex);

    /** Global indexes recorded as gaps: taken from the sequence, never committed before the chainer passed them. */
    long recordedGapIndexes();

    /** Checkpoints, newest first; {@code page} is 0-based. */
    CheckpointPage checkpoints(int page, int size);
}
