package org.partnershipledger.domain.shared;

/**
 * The catalogue of business rules the aggregates enforce. Every refusal names one of these, so that a person reading
 * an error, a test or an audit trail can look the rule up in {@code DOMAIN.md} and in the source documents.
 */
public enum Rule {
    /** A partnership that transfers funds or resources must be formal; a collaborative relationship records no amount. */
    P1("Resource transfer requires a formal partnership"),
    /** At least one partner, at most the policy's number of decision-making partners; partners change only before agreement. */
    P2("Partner composition"),
    /** An agreement needs every partner cleared, validly on the signing date, at or above the tier the engagement needs. */
    P3("Agreement requires vetted partners"),
    /** A formal agreement states every required part; a collaborative relationship records goals and roles. */
    P4("Agreement contents"),
    /** Small-scale funding may omit the exit strategy and indicators. */
    P5("Small-scale funding"),
    /** Reviews happen only after agreement and cover progress, functioning, worth, participation and commitments. */
    P6("Participatory review"),
    /** Little or no progress opens correction: one corrective plan at a time, agreed within the policy's days. */
    P7("Corrective action"),
    /** Discontinuation needs a reason, a justification, an effective date and continuity measures. */
    P8("Discontinuation"),
    /** Conclusion needs a participatory final evaluation and chosen sustainability measures. */
    P9("Conclusion"),
    /** Agreements are amended with a rationale; terminal partnerships accept only record corrections. */
    P10("Amendment and terminal state"),
    /** Descriptive facts are corrected by a new event naming the old and new value and why; decisions are superseded. */
    P11("Record correction"),
    /** A vetting is run at the tier the engagement needs, computed by the tier policy and recorded when it opens. */
    V1("Vetting tier"),
    /** Each criterion of the tier, and no other, is assessed MET, NOT_MET or MITIGATED with evidence and assessor. */
    V2("Criteria per tier"),
    /** SANCTIONS or HUMAN_RIGHTS not met forces rejection; a screening match counts until dismissed as false. */
    V3("Exclusionary criteria and sanctions screening"),
    /** The highest likelihood-times-impact risk sets the band; CRITICAL is never cleared, HIGH only with conditions. */
    V4("Risk rating"),
    /** A complete vetting is decided with reasons by an approver whose office level or committee seat fits the tier. */
    V5("Vetting decision and approval authority"),
    /** Whoever proposed the partnership or prepared the vetting may not decide it. */
    V6("Four eyes"),
    /** A clearance is valid for the policy's months and may be reused at or below its tier while valid. */
    V7("Clearance validity and reuse"),
    /** New information reopens a decided vetting; it blocks every relying partnership until decided again. */
    V8("Reopening");

    private final String title;

    Rule(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
