package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.vetting.Criterion;

/**
 * One criterion a vetting must assess (V2) and where it stands.
 *
 * @param criterion    the criterion: SANCTIONS, HUMAN_RIGHTS, CORE_VALUES, GOVERNANCE, CAPACITY, REPUTATION,
 *                     INDUSTRY_EXCLUSION or CONFLICT_OF_INTEREST
 * @param exclusionary whether not meeting it forces rejection (V3)
 * @param assessment   the latest assessment, {@code null} before any
 * @param toReassess   whether a reopening set that assessment aside, so that it must be assessed again (V8)
 */
public record CriterionView(Criterion criterion, boolean exclusionary, AssessmentView assessment,
                            boolean toReassess) {

    /** Whether an assessment stands for this criterion. */
    public boolean standsAssessed() {
        return assessment != null && !toReassess;
    }
}
