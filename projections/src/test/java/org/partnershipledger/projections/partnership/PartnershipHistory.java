package org.partnershipledger.projections.partnership;

import org.partnershipledger.domain.partnership.events.AgreementAmended;
import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.AgreementCycleRenewed;
import org.partnershipledger.domain.partnership.events.CorrectiveActionCompleted;
import org.partnershipledger.domain.partnership.events.CorrectiveActionPlanAgreed;
import org.partnershipledger.domain.partnership.events.PartnerJoined;
import org.partnershipledger.domain.partnership.events.PartnerLeft;
import org.partnershipledger.domain.partnership.events.PartnershipConcluded;
import org.partnershipledger.domain.partnership.events.PartnershipCorrected;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.PartnershipPlacedUnderCorrection;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.partnership.events.PartnershipReturnedToProposed;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.partnership.events.ReviewRecorded;
import org.partnershipledger.domain.partnership.events.VettingOutcomeRecorded;

import java.time.Duration;
import java.time.Instant;

/**
 * Feeds the events of one partnership to the projection as the event processor would: each with the next sequence
 * number and a timestamp one hour after the previous one.
 */
final class PartnershipHistory {

    private final PartnershipViewProjection projection;
    private long sequence = -1;
    private Instant at;

    PartnershipHistory(PartnershipViewProjection projection, Instant firstEventAt) {
        this.projection = projection;
        this.at = firstEventAt.minus(Duration.ofHours(1));
    }

    PartnershipHistory then(Object... events) {
        for (Object event : events) {
            sequence++;
            at = at.plus(Duration.ofHours(1));
            deliver(event, sequence, at);
        }
        return this;
    }

    /** Delivers an event again with the sequence number and timestamp it was first delivered with. */
    PartnershipHistory redeliver(Object event, long itsSequence, Instant itsTimestamp) {
        deliver(event, itsSequence, itsTimestamp);
        return this;
    }

    long lastSequence() {
        return sequence;
    }

    Instant lastTimestamp() {
        return at;
    }

    private void deliver(Object event, long version, Instant timestamp) {
        if (event instanceof PartnershipProposed e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnerJoined e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnerLeft e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof VettingOutcomeRecorded e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnershipVetted e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnershipReturnedToProposed e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof AgreementConcluded e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof AgreementAmended e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof ReviewRecorded e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnershipPlacedUnderCorrection e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof CorrectiveActionPlanAgreed e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof CorrectiveActionCompleted e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnershipCorrected e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnershipDiscontinued e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof ProposalWithdrawn e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof PartnershipConcluded e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof AgreementCycleRenewed e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof RecordedFactCorrected e) {
            projection.on(e, version, timestamp);
        } else {
            throw new IllegalArgumentException("not a partnership event: " + event);
        }
    }
}
