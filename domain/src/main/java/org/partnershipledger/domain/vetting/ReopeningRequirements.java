package org.partnershipledger.domain.vetting;

import java.util.List;

/**
 * V8: what a reopened vetting must redo before it is decided again. Always a fresh risk rating, since new
 * information changes the risk picture whatever it is about. A sanctions listing also sets the sanctions screening
 * and the SANCTIONS assessment aside: a new screening must show whether the partner is now listed, and SANCTIONS
 * must be assessed on it. Adverse media sets REPUTATION aside where the tier assesses it; below ENHANCED it weighs
 * in the reputational risk of the new rating. Anything else may be re-assessed at will, replacing the earlier
 * assessment.
 *
 * @param newScreeningRequired whether the screening on record no longer counts
 * @param criteriaToReassess   the criteria whose assessments no longer count
 */
record ReopeningRequirements(boolean newScreeningRequired, List<Criterion> criteriaToReassess) {

    static ReopeningRequirements of(ReopeningReason reason, List<Criterion> requiredCriteria) {
        return switch (reason) {
            case SANCTIONS_LISTING -> new ReopeningRequirements(true, List.of(Criterion.SANCTIONS));
            case ADVERSE_MEDIA -> new ReopeningRequirements(false,
                    requiredCriteria.contains(Criterion.REPUTATION) ? List.of(Criterion.REPUTATION) : List.of());
            case OTHER -> new ReopeningRequirements(false, List.of());
        };
    }
}
