package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingDecision;

import java.time.Instant;
import java.util.List;

/**
 * A reopening of the vetting on new information (V8), and what must be redone before it is decided again: the risk
 * is always rated afresh; a sanctions listing also needs a new screening; some criteria must be assessed again.
 *
 * @param reason               the kind of new information: ADVERSE_MEDIA, SANCTIONS_LISTING or OTHER
 * @param information          what came to light
 * @param reopenedBy           the user id of who reopened it
 * @param reopenedAt           when it was reopened (ISO 8601 instant)
 * @param previousDecision     the decision that no longer stands
 * @param newScreeningRequired whether the screening on record was set aside
 * @param criteriaToReassess   the criteria whose assessments were set aside
 */
public record ReopeningView(ReopeningReason reason, String information, String reopenedBy, Instant reopenedAt,
                            VettingDecision previousDecision, boolean newScreeningRequired,
                            List<Criterion> criteriaToReassess) {

    public ReopeningView {
        criteriaToReassess = ViewCollections.listOf(criteriaToReassess);
    }
}
