package org.partnershipledger.domain.partnership;

import java.util.List;

/**
 * The participatory final evaluation of a partnership (P9) [002 §2]: who took part, what was found, what was learned.
 * Parts may be missing here: the aggregate names every missing part at once.
 */
public record FinalEvaluation(List<PartnerId> participants, List<String> findings, List<String> lessons) {

    public FinalEvaluation {
        participants = Lists.orEmpty(participants);
        findings = Lists.orEmpty(findings);
        lessons = Lists.orEmpty(lessons);
    }
}
