package org.partnershipledger.projections.partnership;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps one {@link PartnershipView} per partnership. Handlers skip events the view already reflects, so redelivery
 * after a crash or a retried batch never applies an event twice.
 */
@ProcessingGroup(PartnershipViewProjection.PROCESSING_GROUP)
public class PartnershipViewProjection {

    public static final String PROCESSING_GROUP = "partnership-views";

    private final PartnershipViewStore store;

    public PartnershipViewProjection(PartnershipViewStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @EventHandler
    void on(PartnershipProposed event, @SequenceNumber long version, @Timestamp Instant at) {
        if (store.find(event.partnershipId().value()).isPresent()) {
            return;
        }
        store.save(new PartnershipView(event.partnershipId().value(), version, event.title(), event.purpose(),
                event.form(), event.agencyRole(), event.scope(), event.transfer(), PartnershipStatus.PROPOSED,
                event.leadOffice().value(), event.proposedBy().value(), at, at,
                event.partners().stream().map(PartnershipViewProjection::toView).toList()));
    }

    @QueryHandler
    Optional<PartnershipView> handle(FindPartnership query) {
        return store.find(query.partnershipId());
    }

    private static PartnerView toView(PartnerProfile partner) {
        return new PartnerView(partner.partnerId().value(), partner.name(), partner.type(), partner.country(),
                partner.registrationReference(), partner.engagement());
    }
}
