package org.partnershipledger.projections.vetting;

import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.events.AgreementConcluded;
import org.partnershipledger.domain.partnership.events.AgreementCycleRenewed;
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
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Events of one partnership, as far as the partner registry reads them, and their delivery to the registry
 * projection as the event processor would: each with the next sequence number, one hour after the previous one.
 */
final class PartnershipFacts {

    private final PartnerRegistryProjection projection;
    private final PartnershipId partnershipId;
    private long sequence = -1;
    private Instant at;

    PartnershipFacts(PartnerRegistryProjection projection, String partnershipId, Instant firstEventAt) {
        this.projection = projection;
        this.partnershipId = new PartnershipId(partnershipId);
        this.at = firstEventAt.minus(Duration.ofHours(1));
    }

    static PartnerProfile partner(String id, String name, PartnerType type) {
        return new PartnerProfile(new PartnerId(id), name, type, "SN", "REG-" + id, EngagementLevel.ACTIVE);
    }

    PartnershipProposed proposed(String title, PartnerProfile... partners) {
        return new PartnershipProposed(partnershipId, title, "purpose of " + title,
                PartnershipForm.COLLABORATIVE_RELATIONSHIP, AgencyRole.PARTNER, Scope.NATIONAL, null,
                List.of(partners), new OfficeCode("CO-SEN"), new UserId("officer"));
    }

    PartnerJoined joined(PartnerProfile partner) {
        return new PartnerJoined(partnershipId, partner);
    }

    PartnerLeft left(String partnerId) {
        return new PartnerLeft(partnershipId, new PartnerId(partnerId), partnerId, "changed its mind");
    }

    PartnershipVetted vetted() {
        return new PartnershipVetted(partnershipId, List.of());
    }

    PartnershipReturnedToProposed returnedToProposed() {
        return new PartnershipReturnedToProposed(partnershipId, List.of(), "a vetting was reopened");
    }

    AgreementConcluded agreed() {
        return new AgreementConcluded(partnershipId, 1, PartnershipForm.COLLABORATIVE_RELATIONSHIP,
                LocalDate.of(2026, 4, 1), null, null, false, List.of());
    }

    PartnershipPlacedUnderCorrection underCorrection() {
        return new PartnershipPlacedUnderCorrection(partnershipId, null, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31));
    }

    PartnershipCorrected corrected() {
        return new PartnershipCorrected(partnershipId, null, null, LocalDate.of(2026, 11, 1));
    }

    PartnershipDiscontinued discontinued() {
        return new PartnershipDiscontinued(partnershipId, null, "no progress", null, LocalDate.of(2026, 12, 1),
                List.of(), null);
    }

    ProposalWithdrawn withdrawn() {
        return new ProposalWithdrawn(partnershipId, "no longer needed", LocalDate.of(2026, 3, 5));
    }

    PartnershipConcluded concluded() {
        return new PartnershipConcluded(partnershipId, 1, LocalDate.of(2027, 4, 1), null, List.of(), null);
    }

    AgreementCycleRenewed renewed() {
        return new AgreementCycleRenewed(partnershipId, 2, LocalDate.of(2027, 4, 2));
    }

    RecordedFactCorrected corrected(RecordedFact fact, String targetId, String oldValue, String newValue) {
        return new RecordedFactCorrected(partnershipId, fact, targetId, oldValue, newValue, "misspelt");
    }

    PartnershipFacts then(Object... events) {
        for (Object event : events) {
            sequence++;
            at = at.plus(Duration.ofHours(1));
            deliver(event, sequence, at);
        }
        return this;
    }

    /** Lets time pass before the next event. */
    PartnershipFacts later(Duration duration) {
        at = at.plus(duration);
        return this;
    }

    PartnershipFacts redeliver(Object event, long itsSequence, Instant itsTimestamp) {
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
        } else if (event instanceof PartnershipVetted e) {
            projection.on(e, version);
        } else if (event instanceof PartnershipReturnedToProposed e) {
            projection.on(e, version);
        } else if (event instanceof AgreementConcluded e) {
            projection.on(e, version);
        } else if (event instanceof PartnershipPlacedUnderCorrection e) {
            projection.on(e, version);
        } else if (event instanceof PartnershipCorrected e) {
            projection.on(e, version);
        } else if (event instanceof PartnershipDiscontinued e) {
            projection.on(e, version);
        } else if (event instanceof ProposalWithdrawn e) {
            projection.on(e, version);
        } else if (event instanceof PartnershipConcluded e) {
            projection.on(e, version);
        } else if (event instanceof AgreementCycleRenewed e) {
            projection.on(e, version);
        } else if (event instanceof RecordedFactCorrected e) {
            projection.on(e, version, timestamp);
        } else {
            throw new IllegalArgumentException("not a partnership event the registry reads: " + event);
        }
    }
}
