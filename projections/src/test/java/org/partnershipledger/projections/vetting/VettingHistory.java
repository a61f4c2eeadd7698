package org.partnershipledger.projections.vetting;

import org.partnershipledger.domain.vetting.events.ClearanceReused;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.RiskRated;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.time.Duration;
import java.time.Instant;

/**
 * Feeds the events of one vetting to the projection as the event processor would: each with the next sequence number
 * and a timestamp one hour after the previous one.
 */
final class VettingHistory {

    private final VettingViewProjection projection;
    private long sequence = -1;
    private Instant at;

    VettingHistory(VettingViewProjection projection, Instant firstEventAt) {
        this.projection = projection;
        this.at = firstEventAt.minus(Duration.ofHours(1));
    }

    VettingHistory then(Object... events) {
        for (Object event : events) {
            sequence++;
            at = at.plus(Duration.ofHours(1));
            deliver(event, sequence, at);
        }
        return this;
    }

    /** Delivers an event again with the sequence number and timestamp it was first delivered with. */
    VettingHistory redeliver(Object event, long itsSequence, Instant itsTimestamp) {
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
        if (event instanceof VettingOpened e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof CriterionAssessed e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof SanctionsScreeningRecorded e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof ScreeningMatchDismissed e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof RiskRated e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof VettingDecided e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof ClearanceReused e) {
            projection.on(e, version, timestamp);
        } else if (event instanceof VettingReopened e) {
            projection.on(e, version, timestamp);
        } else {
            throw new IllegalArgumentException("not a vetting event: " + event);
        }
    }
}
