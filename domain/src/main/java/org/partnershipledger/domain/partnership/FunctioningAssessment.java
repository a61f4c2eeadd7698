package org.partnershipledger.domain.partnership;

import java.util.ArrayList;
import java.util.List;

/**
 * How the partnership functions, the second aspect of a review (P6) [003 Phase 3, Fig. 1]: each of the five parts
 * must be assessed.
 *
 * @param decisionMakingAndGovernance how decisions are made and the partnership is governed
 * @param roles                       whether each party plays the role agreed
 * @param communications              how the partners inform and consult each other
 * @param workingRelations            how the partners work together day to day
 * @param financialOperations         how funds and resources are handled and accounted for
 */
public record FunctioningAssessment(AspectAssessment decisionMakingAndGovernance,
                                    AspectAssessment roles,
                                    AspectAssessment communications,
                                    AspectAssessment workingRelations,
                                    AspectAssessment financialOperations) {

    /** The stable names of the parts this assessment leaves out. */
    public List<String> missingAspects() {
        List<String> missing = new ArrayList<>();
        check(decisionMakingAndGovernance, "decisionMakingAndGovernance", missing);
        check(roles, "roles", missing);
        check(communications, "communications", missing);
        check(workingRelations, "workingRelations", missing);
        check(financialOperations, "financialOperations", missing);
        return missing;
    }

    private static void check(AspectAssessment aspect, String name, List<String> missing) {
        if (aspect == null || !aspect.assessed()) {
            missing.add("functioning: " + name);
        }
    }
}
