package org.partnershipledger.domain.partnership;

import java.util.Objects;

/** Whether one partner kept the commitments it made in the agreement, as judged in a review (P6). */
public record CommitmentAssessment(PartnerId partnerId, boolean kept, String note) {

    public CommitmentAssessment {
        Objects.requireNonNull(partnerId, "partnerId is required");
    }
}
