package org.partnershipledger.domain.partnership;

/** The guiding principles every partnership adheres to [000 §45–51]; violating one is a ground to discontinue (P8). */
public enum GuidingPrinciple {
    /** §45: a clearly defined added value to results for children and their rights. */
    RESULTS_FOR_CHILDREN,
    /** §46: partners committed to the agency's core values, good governance, vetted. */
    PARTNER_SELECTION_CRITERIA,
    /** §47: aligned with national plans, fostering national and local ownership. */
    ALIGNMENT_AND_OWNERSHIP,
    /** §48: transparent objectives, mutual contributions, shared risks and benefits. */
    TRANSPARENCY_AND_EQUITY,
    /** §49: the agency's integrity, independence and brand are protected. */
    INTEGRITY_AND_INDEPENDENCE,
    /** §50: the least administrative and financial burden on the agency and its partners. */
    COST_EFFECTIVENESS,
    /** §51: the form of cooperation fits the goals; transfers need a written agreement. */
    FORM_OF_COOPERATION
}
