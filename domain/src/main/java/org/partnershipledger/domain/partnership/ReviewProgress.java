package org.partnershipledger.domain.partnership;

/** How far the partnership's work has come, the first aspect of a review (P6) [003 Phase 3]. */
public enum ReviewProgress {
    /** The work is where the agreement planned it; may close a corrective plan (P7). */
    ON_TRACK,
    /** The work moves, though behind plan; enough to close a corrective plan (P7). */
    SOME_PROGRESS,
    /** Opens correction (P7) and is the only ground for discontinuing for NO_PROGRESS (P8). */
    LITTLE_OR_NO_PROGRESS;

    /** Whether the review shows enough progress to close a corrective action plan (P7). */
    public boolean showsProgress() {
        return this != LITTLE_OR_NO_PROGRESS;
    }
}
