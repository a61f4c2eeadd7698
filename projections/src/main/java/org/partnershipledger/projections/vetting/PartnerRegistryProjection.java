package org.partnershipledger.projections.vetting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.vetting.queries.FindPartner;
import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.application.vetting.views.PartnerPartnershipView;
import org.partnershipledger.application.vetting.views.PartnerRecord;
import org.partnershipledger.application.vetting.views.PartnerRegistryPage;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.PartnershipStatus;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The partner registry: every partner with all its partnerships, vettings and current clearance, so that all
 * engagement with a partner is visible to all staff (DOMAIN.md; ADR 009).
 *
 * <p>Its event handlers keep, per partnership, the title, status, lead office and every partner that ever took part;
 * the vettings come from the vetting read model. A partner record is composed when asked for, and its current
 * clearance is judged against the clock's "today" at that moment. Handlers skip events the partnership's document
 * already reflects, by the aggregate sequence number.
 */
@ProcessingGroup(PartnerRegistryProjection.PROCESSING_GROUP)
public class PartnerRegistryProjection {

    public static final String PROCESSING_GROUP = "partner-registry";

    /**
     * The shape of what this projection stores: raise it with any change to what it writes, and the next start
     * rebuilds the read model from the events (ADR 027).
     */
    public static final int SCHEMA_VERSION = 1;

    private final PartnerEngagementStore partnerships;
    private final PartnerRegistryStore registry;
    private final Clock clock;

    public PartnerRegistryProjection(PartnerEngagementStore partnerships, PartnerRegistryStore registry, Clock clock) {
        this.partnerships = Objects.requireNonNull(partnerships);
        this.registry = Objects.requireNonNull(registry);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A replay starts from an empty registry, or it would skip every event the stored documents already reflect. */
    @ResetHandler
    void reset() {
        partnerships.deleteAll();
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    @QueryHandler
    PartnerRegistryPage handle(FindPartners query) {
        long totalItems = registry.count(query);
        List<PartnerRecord> items = query.offset() < totalItems ? records(registry.page(query)) : List.of();
        int totalPages = Math.toIntExact((totalItems + query.size() - 1) / query.size());
        return new PartnerRegistryPage(items, registry.countByType(), query.page(), query.size(), totalItems,
                totalPages);
    }

    @QueryHandler
    Optional<PartnerRecord> handle(FindPartner query) {
        return registry.identityOf(query.partnerId()).map(identity -> records(List.of(identity)).get(0));
    }

    private List<PartnerRecord> records(List<PartnerIdentity> identities) {
        List<String> ids = identities.stream().map(PartnerIdentity::partnerId).toList();
        Map<String, List<PartnerPartnershipView>> engagements = registry.engagementsOf(ids).stream()
                .collect(Collectors.groupingBy(PartnerEngagement::partnerId,
                        Collectors.mapping(PartnerEngagement::partnership, Collectors.toList())));
        Map<String, List<VettingIndex>> vettings = registry.vettingsOf(ids).stream()
                .collect(Collectors.groupingBy(VettingIndex::partnerId));
        LocalDate today = LocalDate.now(clock);
        return identities.stream().map(identity -> {
            List<VettingIndex> own = vettings.getOrDefault(identity.partnerId(), List.of());
            ReusableClearance current = ClearanceRules.current(own, today).map(VettingIndex::clearance).orElse(null);
            return new PartnerRecord(identity.partnerId(), identity.name(), identity.type(), identity.country(),
                    identity.registrationReference(), engagements.getOrDefault(identity.partnerId(), List.of()),
                    own.stream().map(VettingIndex::registryEntry).toList(), current);
        }).toList();
    }

    // ---- events -----------------------------------------------------------------------------------------------

    @EventHandler
    void on(PartnershipProposed event, @SequenceNumber long version, @Timestamp Instant at) {
        String id = event.partnershipId().value();
        if (partnerships.find(id).isPresent()) {
            return;
        }
        RegistryPartnership partnership = new RegistryPartnership(id, version, event.title(),
                PartnershipStatus.PROPOSED, event.leadOffice() == null ? null : event.leadOffice().value(),
                event.partners().stream().map(p -> participant(p, at)).toList());
        partnerships.save(partnership);
    }

    @EventHandler
    void on(PartnerJoined event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, p -> p.joined(participant(event.partner(), at)));
    }

    @EventHandler
    void on(PartnerLeft event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, p -> p.updated(event.partnerId().value(), x -> x.left(at)));
    }

    @EventHandler
    void on(PartnershipVetted event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.VETTED));
    }

    @EventHandler
    void on(PartnershipReturnedToProposed event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.PROPOSED));
    }

    @EventHandler
    void on(AgreementConcluded event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.AGREED));
    }

    @EventHandler
    void on(PartnershipPlacedUnderCorrection event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.UNDER_CORRECTION));
    }

    @EventHandler
    void on(PartnershipCorrected event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.AGREED));
    }

    @EventHandler
    void on(PartnershipDiscontinued event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.DISCONTINUED));
    }

    @EventHandler
    void on(ProposalWithdrawn event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.DISCONTINUED));
    }

    @EventHandler
    void on(PartnershipConcluded event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.CONCLUDED));
    }

    /** A renewal starts a new agreement cycle at VETTED (P9). */
    @EventHandler
    void on(AgreementCycleRenewed event, @SequenceNumber long version) {
        update(event.partnershipId(), version, p -> p.withStatus(PartnershipStatus.VETTED));
    }

    /** P11: a corrected title or partner name or registration reference shows in place. */
    @EventHandler
    void on(RecordedFactCorrected event, @SequenceNumber long version, @Timestamp Instant at) {
        String value = event.newValue();
        update(event.partnershipId(), version, p -> switch (event.fact()) {
            case TITLE -> p.withTitle(value);
            case PARTNER_NAME -> p.updated(event.targetId(), x -> x.renamed(value, at));
            case PARTNER_REGISTRATION_REFERENCE -> p.updated(event.targetId(), x -> x.registeredAs(value, at));
            default -> p;
        });
    }

    private void update(PartnershipId partnershipId, long version, UnaryOperator<RegistryPartnership> change) {
        partnerships.find(partnershipId.value())
                .filter(partnership -> version > partnership.version())
                .ifPresent(partnership -> partnerships.save(change.apply(partnership).at(version)));
    }

    private static RegistryPartnership.Participant participant(PartnerProfile partner, Instant at) {
        return new RegistryPartnership.Participant(partner.partnerId().value(), partner.name(), partner.type(),
                partner.country(), partner.registrationReference(), partner.engagement(), at, null, at);
    }
}
