package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.commands.DecideVetting;

import java.util.ArrayList;
import java.util.List;

import static org.partnershipledger.domain.vetting.Text.hasTextEntry;

/** The checks a decision passes (V2 to V5), apart from who decides, which the aggregate checks first. */
final class DecisionRules {

    private DecisionRules() {
    }

    /** V5: the approver's office level and committee seat fit the tier. */
    static void requireAuthority(VettingTier tier, Approver approver, ApprovalAuthority authority) {
        ApprovalAuthority.Requirement needed = authority.requiredFor(tier);
        if (!needed.admits(approver)) {
            throw new RuleViolation(Rule.V5, "a vetting at tier " + tier + " is decided by " + needed + "; "
                    + approver + " is not");
        }
    }

    /** V5: a decision gives reasons; conditions belong to, and are required by, CLEARED_WITH_CONDITIONS. */
    static void requireReasonsAndConditions(DecideVetting command) {
        boolean withConditions = command.decision() == VettingDecision.CLEARED_WITH_CONDITIONS;
        List<String> missing = new ArrayList<>();
        if (!hasTextEntry(command.reasons())) {
            missing.add("reasons");
        }
        if (withConditions && !hasTextEntry(command.conditions())) {
            missing.add("conditions");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.V5, "a decision states its reasons"
                    + (withConditions ? ", and a clearance with conditions the conditions" : "") + "; missing: "
                    + String.join(", ", missing), missing);
        }
        if (!withConditions && hasTextEntry(command.conditions())) {
            throw new RuleViolation(Rule.V5, "conditions are stated only for CLEARED_WITH_CONDITIONS, not for "
                    + command.decision());
        }
    }

    /** V5: every criterion of the tier is assessed and the risk is rated. */
    static void requireComplete(List<Criterion> required, Assessments assessments, RiskBand riskBand) {
        List<String> missing = new ArrayList<>();
        assessments.unassessed(required).forEach(c -> missing.add("criterion " + c));
        if (riskBand == null) {
            missing.add("risk rating");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(Rule.V5, "a vetting is decided only when every criterion of its tier is "
                    + "assessed and the risk is rated; missing: " + String.join(", ", missing), missing);
        }
    }

    /**
     * V3: nothing exclusionary stands against a clearance: no exclusionary criterion assessed NOT_MET, and no
     * match of the latest screening left undismissed, which makes SANCTIONS not met whatever was assessed earlier.
     */
    static void requireNoExclusion(VettingDecision decision, Assessments assessments, Screening screening) {
        List<String> blocking = new ArrayList<>();
        assessments.exclusionsNotMet().forEach(c -> blocking.add("criterion " + c + " NOT_MET"));
        screening.undismissed().forEach(m -> blocking.add("undismissed screening match " + Screening.describe(m)));
        if (!blocking.isEmpty()) {
            throw new RuleViolation(Rule.V3, "SANCTIONS and HUMAN_RIGHTS are exclusionary: a partner who does not "
                    + "meet them is rejected, not " + decision + "; blocking: " + String.join("; ", blocking),
                    blocking);
        }
    }

    /** V2: a mitigated criterion is acceptable only under its condition, so the clearance must carry conditions. */
    static void requireMitigationsCarried(VettingDecision decision, Assessments assessments) {
        List<CriterionAssessment> mitigated = assessments.mitigated();
        if (decision == VettingDecision.CLEARED && !mitigated.isEmpty()) {
            List<String> named = mitigated.stream()
                    .map(a -> a.criterion() + " on condition '" + a.condition() + "'").toList();
            throw new RuleViolation(Rule.V2, "a clearance of a mitigated criterion carries its condition: "
                    + String.join("; ", named) + "; decide CLEARED_WITH_CONDITIONS", named);
        }
    }

    /** V4: CRITICAL risk is never cleared, HIGH risk only with conditions. */
    static void requireRiskAllows(VettingDecision decision, RiskBand riskBand) {
        if (riskBand == RiskBand.CRITICAL) {
            throw new RuleViolation(Rule.V4, "the risk is CRITICAL, which is never cleared: the partner can only be "
                    + "REJECTED, not " + decision);
        }
        if (riskBand == RiskBand.HIGH && decision == VettingDecision.CLEARED) {
            throw new RuleViolation(Rule.V4, "the risk is HIGH, which is cleared only with conditions: decide "
                    + "CLEARED_WITH_CONDITIONS");
        }
    }
}
