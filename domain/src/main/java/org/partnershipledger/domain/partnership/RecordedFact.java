package org.partnershipledger.domain.partnership;

/**
 * The facts of a partnership a record correction (P11) may name. Descriptive facts are corrected in place by a
 * correcting event; decisions are never corrected: a newer decision supersedes them.
 */
public enum RecordedFact {
    /** The partnership's title: descriptive, correctable. */
    TITLE(Target.NONE, null),
    /** The partnership's purpose: descriptive, correctable. */
    PURPOSE(Target.NONE, null),
    /** A partner's name: descriptive, correctable; the target is the partner id. */
    PARTNER_NAME(Target.PARTNER, null),
    /** A partner's registration reference: descriptive, correctable; the target is the partner id. */
    PARTNER_REGISTRATION_REFERENCE(Target.PARTNER, null),
    /** A review's summary text: descriptive, correctable; the target is the review id. */
    REVIEW_SUMMARY(Target.REVIEW, null),
    /** A vetting decision: never corrected, superseded by a new vetting decision (V8). */
    VETTING_OUTCOME(Target.PARTNER, "record a new vetting decision for the partner instead"),
    /** A review's progress rating: never corrected, superseded by a new review. */
    REVIEW_PROGRESS(Target.REVIEW, "record a new review instead"),
    /** A review's recommendation: never corrected, superseded by a new review. */
    REVIEW_RECOMMENDATION(Target.REVIEW, "record a new review instead");

    /** What a correction's target id identifies. */
    public enum Target { NONE, PARTNER, REVIEW }

    private final Target target;
    private final String supersededBy;

    RecordedFact(Target target, String supersededBy) {
        this.target = target;
        this.supersededBy = supersededBy;
    }

    public Target target() {
        return target;
    }

    /** Whether this fact is a decision, which a correction may not touch. */
    public boolean isDecision() {
        return supersededBy != null;
    }

    /** For a decision, what to do instead of correcting it. */
    public String supersededBy() {
        return supersededBy;
    }
}
