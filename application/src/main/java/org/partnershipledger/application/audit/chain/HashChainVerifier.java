package org.partnershipledger.application.audit.chain;

import org.partnershipledger.application.audit.chain.VerificationReport.SuppliedCheckpointCheck;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes the hash chain over the events as stored now and compares each link with the stored one. It pages
 * through the chain, {@code batchSize} links at a time, so that a chain of any length is verified in bounded memory.
 *
 * <p>Each link is recomputed from the <em>stored</em> link before it, so that one altered event is one finding: the
 * events after it still verify, and the report names exactly the event that changed. That the stored links themselves
 * were not rewritten is what checkpoints prove: the chain "agrees" with a checkpoint when every link up to it
 * recomputes from the genesis value and the link at its position is the one the checkpoint noted.
 */
public class HashChainVerifier {

    /** Links held in memory at once, with their events: about a megabyte for events of a few kilobytes. */
    public static final int DEFAULT_BATCH_SIZE = 200;

    private final HashChainStore store;
    private final Clock clock;
    private final int batchSize;

    public HashChainVerifier(HashChainStore store, Clock clock) {
        this(store, clock, DEFAULT_BATCH_SIZE);
    }

    public HashChainVerifier(HashChainStore store, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size is at least 1, was " + batchSize);
        }
        this.store = store;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Verifies the chain as it stands now. */
    public VerificationReport verify() {
        return verify(Optional.empty());
    }

    /** Verifies the chain, and that it still agrees with a checkpoint kept outside the database, if one is given. */
    public VerificationReport verify(Optional<SuppliedCheckpoint> supplied) {
        Walk walk = new Walk(supplied.orElse(null));
        Optional<ChainHead> head = store.head();
        long length = head.map(ChainHead::links).orElse(Long.MAX_VALUE);
        if (head.isEmpty()) {
            walk.finding("the chain head is missing: the chain's end is unknown");
        }
        long from = 1;
        while (from <= length) {
            List<ChainEntry> batch = store.entries(from, length, batchSize);
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(walk::check);
            from = batch.get(batch.size() - 1).chained().position() + 1;
        }
        head.ifPresent(walk::compareWithHead);
        store.firstCheckpointWithoutLink().ifPresent(walk::checkpointWithoutLink);
        return walk.report(head);
    }

    /** The state of one verification as it walks the chain in order. */
    private final class Walk {

        private final SuppliedCheckpoint supplied;
        private final List<String> findings = new ArrayList<>();
        private long expectedPosition = 1;
        private String previousLink = ChainLinks.genesis();
        private boolean intact = true;
        private long verified;
        private long tampered;
        private ChainedEvent firstTampered;
        private long removed;
        private ChainedEvent firstRemoved;
        private Checkpoint latestAgreed;
        private Checkpoint firstDisagreeing;
        private SuppliedCheckpointCheck suppliedCheck;

        Walk(SuppliedCheckpoint supplied) {
            this.supplied = supplied;
        }

        void check(ChainEntry entry) {
            ChainedEvent chained = entry.chained();
            if (chained.position() != expectedPosition) {
                finding("links at positions " + expectedPosition + " to " + (chained.position() - 1)
                        + " are missing from the chain; the link at position " + chained.position()
                        + " cannot be recomputed without them");
                intact = false;
            } else if (entry.event() == null) {
                removed++;
                if (firstRemoved == null) {
                    firstRemoved = chained;
                }
                intact = false;
            } else if (ChainLinks.link(previousLink, entry.event()).equals(entry.link())) {
                verified++;
            } else {
                tampered++;
                if (firstTampered == null) {
                    firstTampered = chained;
                }
                intact = false;
            }
            compareWithCheckpoints(entry);
            previousLink = entry.link();
            expectedPosition = chained.position() + 1;
        }

        private void compareWithCheckpoints(ChainEntry entry) {
            Checkpoint checkpoint = entry.checkpoint();
            if (checkpoint != null && !checkpoint.link().equals(entry.link())) {
                if (firstDisagreeing == null) {
                    firstDisagreeing = checkpoint;
                    finding("the chain's link at position " + checkpoint.position() + " is not the one noted by the"
                            + " checkpoint of " + checkpoint.createdAt() + ": the chain was rewritten after it");
                }
                intact = false;
            } else if (checkpoint != null && intact) {
                latestAgreed = checkpoint;
            }
            if (supplied != null && supplied.position() == entry.chained().position()) {
                suppliedCheck = new SuppliedCheckpointCheck(supplied.position(), supplied.link(),
                        intact && supplied.link().equals(entry.link()), entry.link());
            }
        }

        void compareWithHead(ChainHead head) {
            long found = expectedPosition - 1;
            if (found < head.links()) {
                finding("the chain head records " + head.links() + " links but the chain ends at position " + found
                        + ": links at the end were removed");
            } else if (head.links() > 0 && !previousLink.equals(head.lastLink())) {
                finding("the chain head's last link is not the link stored at position " + head.links());
            }
        }

        void checkpointWithoutLink(Checkpoint checkpoint) {
            if (firstDisagreeing == null) {
                firstDisagreeing = checkpoint;
            }
            finding("the checkpoint of " + checkpoint.createdAt() + " notes position " + checkpoint.position()
                    + ", which the chain no longer has: links were removed");
        }

        void finding(String finding) {
            findings.add(finding);
        }

        VerificationReport report(Optional<ChainHead> head) {
            SuppliedCheckpointCheck suppliedResult = supplied == null ? null : suppliedCheck != null ? suppliedCheck
                    : new SuppliedCheckpointCheck(supplied.position(), supplied.link(), false, null);
            // A supplied checkpoint whose link the chain still has, after an event found above, adds no finding.
            boolean suppliedDisagrees = suppliedResult != null && !supplied.link().equals(suppliedResult.chainLink());
            if (suppliedResult != null && suppliedResult.chainLink() == null) {
                finding("the chain has no link at position " + supplied.position()
                        + ", which the supplied checkpoint notes");
            }
            long chainedThrough = head.map(ChainHead::lastGlobalIndex).orElse(0L);
            long unchained = store.unchainedEventsUpTo(chainedThrough);
            EventReference firstUnchained = unchained == 0 ? null
                    : store.firstUnchainedEventUpTo(chainedThrough).orElse(null);
            VerificationStatus status = tampered > 0 || unchained > 0 || !findings.isEmpty() || suppliedDisagrees
                    ? VerificationStatus.TAMPERED
                    : removed > 0 ? VerificationStatus.EVENTS_REMOVED : VerificationStatus.VERIFIED;
            return new VerificationReport(status, clock.instant(), expectedPosition - 1, verified, tampered,
                    firstTampered, removed, firstRemoved, latestAgreed, firstDisagreeing, suppliedResult,
                    chainedThrough, unchained, firstUnchained, store.eventsAfter(chainedThrough),
                    store.recordedGapIndexes(), findings);
        }
    }
}
