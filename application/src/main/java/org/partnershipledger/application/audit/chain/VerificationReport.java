package org.partnershipledger.application.audit.chain;

import java.time.Instant;
import java.util.List;

/**
 * What recomputing the hash chain over the stored events found. A finding is not an error: the report is the answer.
 *
 * @param status                     VERIFIED (every chained event matches its link), EVENTS_REMOVED (events are gone,
 *                                   the rest match) or TAMPERED (an event or the chain was altered)
 * @param verifiedAt                 when the verification ran (ISO 8601 instant)
 * @param chainLength                links examined: the chain as long as it was when the verification began
 * @param verifiedEvents             links whose event is stored and still recomputes to the link
 * @param tamperedEvents             links whose stored event no longer recomputes to the link
 * @param firstTamperedEvent         the first of those, in chain order, or null
 * @param removedEvents              links whose global index no longer has an event
 * @param firstRemovedEvent          the first of those, in chain order, or null
 * @param latestAgreedCheckpoint     the latest checkpoint up to which the whole chain recomputes, from the first link,
 *                                   to the link the checkpoint noted; null when there is none
 * @param firstDisagreeingCheckpoint the first checkpoint whose link the chain no longer has, or null: the chain was
 *                                   rewritten, or truncated, after it was noted
 * @param suppliedCheckpoint         the check of the checkpoint the caller supplied, or null when none was
 * @param chainedThroughGlobalIndex  every global index up to this one was chained or recorded as a gap
 * @param unchainedEvents            stored events at global indexes the chain had passed as gaps: inserted after the
 *                                   chain passed, or committed later than the chainer waits for a missing index
 * @param firstUnchainedEvent        the first of those, or null
 * @param eventsAwaitingChain        stored events after the chain's end, which the chainer has not reached yet (it runs
 *                                   every few seconds); not a finding
 * @param recordedGapIndexes         global indexes the chainer recorded as gaps (rolled back transactions)
 * @param chainFindings              what else is wrong with the chain itself, in words; empty when nothing is
 */
public record VerificationReport(VerificationStatus status,
                                 Instant verifiedAt,
                                 long chainLength,
                                 long verifiedEvents,
                                 long tamperedEvents,
                                 ChainedEvent firstTamperedEvent,
                                 long removedEvents,
                                 ChainedEvent firstRemovedEvent,
                                 Checkpoint latestAgreedCheckpoint,
                                 Checkpoint firstDisagreeingCheckpoint,
                                 SuppliedCheckpointCheck suppliedCheckpoint,
                                 long chainedThroughGlobalIndex,
                                 long unchainedEvents,
                                 EventReference firstUnchainedEvent,
                                 long eventsAwaitingChain,
                                 long recordedGapIndexes,
                                 List<String> chainFindings) {

    public VerificationReport {
        chainFindings = List.copyOf(chainFindings);
    }

    /**
     * @param position  the position the caller supplied
     * @param link      the link the caller supplied, 64 lower-case hexadecimal digits
     * @param agrees    the chain has {@code link} at {@code position} and recomputes to it from the first link
     * @param chainLink the link the chain has at that position, or null when it has none
     */
    public record SuppliedCheckpointCheck(long position, String link, boolean agrees, String chainLink) {
    }
}
