package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.views.PartnerPartnershipView;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the partner registry keeps of one partnership: its title, status and lead office, and every partner that ever
 * took part, with the partner's identity as this partnership last recorded it. Written only by the events of this
 * partnership, so that concurrent segments never write the same document (ADR 009).
 *
 * @param version      the sequence number of the last event applied
 * @param participants every partner that took part, in the order they joined; one that left stays, with when
 */
public record RegistryPartnership(String partnershipId,
                                  long version,
                                  String title,
                                  PartnershipStatus status,
                                  String leadOffice,
                                  List<Participant> participants) {

    public RegistryPartnership {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    RegistryPartnership at(long newVersion) {
        return new RegistryPartnership(partnershipId, newVersion, title, status, leadOffice, participants);
    }

    RegistryPartnership withTitle(String newTitle) {
        return new RegistryPartnership(partnershipId, version, newTitle, status, leadOffice, participants);
    }

    RegistryPartnership withStatus(PartnershipStatus newStatus) {
        return new RegistryPartnership(partnershipId, version, title, newStatus, leadOffice, participants);
    }

    /** A partner joins, or joins again after leaving: its latest joining and identity count. */
    RegistryPartnership joined(Participant participant) {
        List<Participant> all = new ArrayList<>(participants);
        all.removeIf(p -> p.partnerId().equals(participant.partnerId()));
        all.add(participant);
        return new RegistryPartnership(partnershipId, version, title, status, leadOffice, all);
    }

    RegistryPartnership updated(String partnerId, UnaryOperator<Participant> change) {
        return new RegistryPartnership(partnershipId, version, title, status, leadOffice, participants.stream()
                .map(p -> p.partnerId().equals(partnerId) ? change.apply(p) : p).toList());
    }

    /**
     * A partner as one partnership knows it.
     *
     * @param joinedAt     when it became part of the partnership
     * @param leftAt       when it left, {@code null} while it takes part
     * @param identifiedAt when this partnership last recorded its name, type, country or registration reference
     */
    public record Participant(String partnerId, String name, PartnerType type, String country,
                              String registrationReference, EngagementLevel engagement, Instant joinedAt,
                              Instant leftAt, Instant identifiedAt) {

        Participant left(Instant at) {
            return new Participant(partnerId, name, type, country, registrationReference, engagement, joinedAt, at,
                    identifiedAt);
        }

        Participant renamed(String newName, Instant at) {
            return new Participant(partnerId, newName, type, country, registrationReference, engagement, joinedAt,
                    leftAt, at);
        }

        Participant registeredAs(String reference, Instant at) {
            return new Participant(partnerId, name, type, country, reference, engagement, joinedAt, leftAt, at);
        }

        public PartnerIdentity identity() {
            return new PartnerIdentity(partnerId, name, type, country, registrationReference);
        }
    }

    /** How the registry lists this partnership for one of its partners. */
    public PartnerPartnershipView viewFor(Participant participant) {
        return new PartnerPartnershipView(partnershipId, title, status, participant.engagement(), leadOffice,
                participant.joinedAt(), participant.leftAt());
    }
}
