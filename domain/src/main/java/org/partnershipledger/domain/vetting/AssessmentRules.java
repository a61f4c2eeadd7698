package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.vetting.commands.AssessCriterion;

import java.util.ArrayList;
import java.util.List;

import static org.partnershipledger.domain.vetting.Text.hasText;

/** V2: what an assessment states, whatever the state of the vetting. */
final class AssessmentRules {

    private AssessmentRules() {
    }

    /**
     * An assessment rests on evidence; a MITIGATED result also names the condition that makes it acceptable, and
     * only a MITIGATED one does, since a condition on MET or NOT_MET would be read as binding when it is not.
     */
    static void requireEvidenceAndCondition(AssessCriterion command) {
        AssessmentResult result = command.result();
        boolean mitigated = result == AssessmentResult.MITIGATED;
        List<String> missing = new ArrayList<>();
        if (!hasText(command.evidence())) {
            missing.add("evidence");
        }
        if (mitigated && !hasText(command.condition())) {
            missing.add("condition");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.V2, "an assessment states its evidence"
                    + (mitigated ? ", and a MITIGATED one its condition" : "") + "; missing: "
                    + String.join(", ", missing), missing);
        }
        if (!mitigated && hasText(command.condition())) {
            throw new RuleViolation(Rule.V2, "a condition is stated only for a MITIGATED result, not for " + result);
        }
    }
}
