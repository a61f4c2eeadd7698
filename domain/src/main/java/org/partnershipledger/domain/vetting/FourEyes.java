package org.partnershipledger.domain.vetting;

import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.UserId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * V6: who may not decide a vetting. The proposer of the partnership wants it to go ahead; whoever prepared the
 * vetting (assessed a criterion, dismissed a screening match as a false positive, or rated the risk) would be
 * approving their own findings. Preparation counts whenever it happened, also before a reopening.
 */
final class FourEyes {

    private final UserId proposer;
    private final PartnershipId partnershipId;
    private final Map<UserId, Set<String>> preparers = new LinkedHashMap<>();

    FourEyes(UserId proposer, PartnershipId partnershipId) {
        this.proposer = proposer;
        this.partnershipId = partnershipId;
    }

    void prepared(UserId user, String what) {
        preparers.computeIfAbsent(user, u -> new LinkedHashSet<>()).add(what);
    }

    /** @throws RuleViolation naming every part the approver played, when they played any */
    void requireIndependent(UserId approver) {
        List<String> roles = new ArrayList<>();
        if (approver.equals(proposer)) {
            roles.add("proposed partnership " + partnershipId);
        }
        roles.addAll(preparers.getOrDefault(approver, Set.of()));
        if (!roles.isEmpty()) {
            throw new RuleViolation(Rule.V6, "four eyes: " + approver + " " + String.join(", ", roles)
                    + ", and may not also decide this vetting; another approver must decide", roles);
        }
    }
}
