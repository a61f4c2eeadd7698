package org.partnershipledger.application.vetting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.refusals.CommandRefusal;
import org.partnershipledger.application.vetting.queries.FindReusableClearance;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.views.ReusableClearance;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.TierPolicy;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.partnership.commands.RecordVettingOutcome;
import org.partnershipledger.domain.partnership.events.PartnerJoined;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RecordClearanceReuse;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The process that ties partnerships to the vetting of their partners (V1, V3, V5, V7, V8, P3).
 *
 * <ul>
 *   <li>A partnership is proposed, or a partner joins: for each new partner the tier its engagement needs is computed
 *       ({@link TierPolicy}, V1). A clearance the partner already holds at or above that tier and valid today is
 *       reused (V7): the reuse is recorded on the vetting and the clearance on the partnership. Otherwise a vetting is
 *       opened under the id {@link #vettingIdFor} derives from the partnership and the partner, and the partner is
 *       screened at once through the {@link SanctionsScreening} port (V3).</li>
 *   <li>A vetting is decided: the decision is recorded on the partnership it was opened for and on every partnership
 *       that reused its clearance, where a rejection blocks the agreement (P3).</li>
 *   <li>A vetting is reopened (V8): every partnership that relies on it records it as reopened, which blocks its
 *       agreement until a new decision; when the reopening set the screening aside, the partner is screened again.</li>
 * </ul>
 *
 * <p><b>Idempotency.</b> The vetting id is a name-based UUID of partnership and partner, so one event can never open
 * two vettings; a vetting already opened is left alone ({@link OpenedVettings}). On the relational event store the
 * commands of one event commit in the processor's transaction, with its token, so an event either had all its effects
 * or none; on Axon Server, where delivery is at least once, the check on the opened vetting makes a redelivery
 * harmless.
 *
 * <p><b>Errors</b> (ADR 010). A command refused for a business rule ({@link RuleViolation}) is the partnership's or
 * the vetting's answer, not a fault: a partnership discontinued meanwhile takes no outcome, a clearance reopened
 * since the read model looked is not reused (the partner is vetted instead). Such refusals are logged with the rule
 * and the policy goes on. Anything else (a read model that has not caught up, a database or bus failure) propagates:
 * the processing group runs with a propagating error handler, so the event is retried with back-off and never
 * skipped.
 *
 * <p>The policy never runs during a replay ({@link DisallowReplay}): replaying history must not vet anyone again.
 */
@ProcessingGroup(PartnerVettingPolicy.PROCESSING_GROUP)
@DisallowReplay
public class PartnerVettingPolicy {

    public static final String PROCESSING_GROUP = "vetting-process";

    private static final System.Logger log = System.getLogger(PartnerVettingPolicy.class.getName());

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SanctionsScreening screening;
    private final OpenedVettings openedVettings;
    private final TierPolicy tierPolicy;
    private final Clock clock;

    public PartnerVettingPolicy(CommandGateway commands, QueryGateway queries, SanctionsScreening screening,
                                OpenedVettings openedVettings, TierPolicy tierPolicy, Clock clock) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.screening = Objects.requireNonNull(screening, "screening");
        this.openedVettings = Objects.requireNonNull(openedVettings, "openedVettings");
        this.tierPolicy = Objects.requireNonNull(tierPolicy, "tierPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The id of the vetting this policy opens for a partner of a partnership: the same for the same pair, whenever and
     * however often it is computed, and different for every other pair (a name-based UUID of both ids, each prefixed
     * with its length so that no two pairs spell the same name).
     */
    public static VettingId vettingIdFor(PartnershipId partnershipId, PartnerId partnerId) {
        String partnership = partnershipId.value();
        String partner = partnerId.value();
        String name = "partner-vetting:" + partnership.length() + ":" + partnership + ":" + partner.length() + ":"
                + partner;
        return new VettingId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    // ---- partners to vet ----------------------------------------------------------------------------------------

    @EventHandler
    void on(PartnershipProposed event) {
        for (PartnerProfile partner : event.partners()) {
            VettingTier tier = tierPolicy.requiredTier(event.form(), partner.type(), event.agencyTransfer());
            vet(event.partnershipId(), partner, tier, event.proposedBy());
        }
    }

    /** The joining event names only the partner: form, transfer and proposer come from the partnership's view. */
    @EventHandler
    void on(PartnerJoined event) {
        PartnershipView partnership = partnership(event.partnershipId());
        VettingTier tier = tierPolicy.requiredTier(partnership.form(), event.partner().type(), partnership.transfer());
        vet(event.partnershipId(), event.partner(), tier, new UserId(partnership.proposedBy()));
    }

    private void vet(PartnershipId partnershipId, PartnerProfile partner, VettingTier tier, UserId proposer) {
        LocalDate today = LocalDate.now(clock);
        Optional<ReusableClearance> clearance = queries.query(
                        new FindReusableClearance(partner.partnerId().value(), tier, today),
                        ResponseTypes.optionalInstanceOf(ReusableClearance.class))
                .join();
        if (clearance.isPresent() && reuse(clearance.get(), partnershipId, partner, tier, today)) {
            return;
        }
        open(partnershipId, partner, tier, proposer);
    }

    /** V7. @return whether the clearance now stands for the partnership; if not, the partner is to be vetted. */
    private boolean reuse(ReusableClearance clearance, PartnershipId partnershipId, PartnerProfile partner,
                          VettingTier tier, LocalDate today) {
        boolean ownVetting = clearance.vettingId().equals(vettingIdFor(partnershipId, partner.partnerId()).value());
        if (!ownVetting) {
            // A partner that left and joined again finds the clearance of its own vetting, which needs no reuse.
            try {
                commands.sendAndWait(new RecordClearanceReuse(new VettingId(clearance.vettingId()), partnershipId,
                        tier, today));
            } catch (RuntimeException e) {
                RuleViolation refused = ruleViolation(e).orElseThrow(() -> e);
                log.log(Level.WARNING, "Clearance {0} of partner {1} not reused for partnership {2} ({3}: {4}); "
                                + "vetting the partner instead", clearance.vettingId(), partner.partnerId(),
                        partnershipId, refused.rule(), refused.detail());
                return false;
            }
        }
        record(new RecordVettingOutcome(partnershipId, partner.partnerId(), clearance.vettingId(),
                outcomeOf(clearance.decision()), clearance.tier(), clearance.validUntil(), clearance.conditions(),
                !ownVetting));
        return true;
    }

    private void open(PartnershipId partnershipId, PartnerProfile partner, VettingTier tier, UserId proposer) {
        VettingId vettingId = vettingIdFor(partnershipId, partner.partnerId());
        if (openedVettings.contains(vettingId)) {
            log.log(Level.INFO, "Vetting {0} of partner {1} for partnership {2} was opened before: left as it is",
                    vettingId, partner.partnerId(), partnershipId);
            return;
        }
        commands.sendAndWait(new OpenVetting(vettingId, partner.partnerId(), partner.name(), partner.type(),
                partner.country(), partnershipId, tier, proposer, proposer));
        screen(vettingId, partner.name(), partner.country());
    }

    // ---- decisions ----------------------------------------------------------------------------------------------

    @EventHandler
    void on(VettingDecided event) {
        VettingOutcome outcome = outcomeOf(event.decision());
        Set<PartnershipId> relying = new LinkedHashSet<>();
        relying.add(event.partnershipId());
        relying.addAll(event.reliedOnBy());
        for (PartnershipId partnershipId : relying) {
            boolean reused = outcome.clears() && !partnershipId.equals(event.partnershipId());
            record(new RecordVettingOutcome(partnershipId, event.partnerId(), event.vettingId().value(), outcome,
                    event.tier(), event.validUntil(), event.conditions(), reused));
        }
    }

    /**
     * V8. The event names neither the tier nor the partner's name and country: both come from the vetting's view,
     * which has known them since the vetting opened. A partnership that cannot take the outcome any more (ended, or
     * the partner left) refuses it, and that is logged.
     */
    @EventHandler
    void on(VettingReopened event) {
        VettingView vetting = vetting(event.vettingId());
        for (PartnershipId partnershipId : new LinkedHashSet<>(event.affectedPartnerships())) {
            record(new RecordVettingOutcome(partnershipId, event.partnerId(), event.vettingId().value(),
                    VettingOutcome.REOPENED, vetting.tier(), null, List.of(), false));
        }
        if (event.newScreeningRequired()) {
            screen(event.vettingId(), vetting.partner().name(), vetting.partner().country());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** V3: screens now and records what the list said, whatever it said. */
    private void screen(VettingId vettingId, String name, String country) {
        try {
            commands.sendAndWait(new RecordSanctionsScreening(vettingId, screening.screen(name, country)));
        } catch (RuntimeException e) {
            RuleViolation refused = ruleViolation(e).orElseThrow(() -> e);
            log.log(Level.WARNING, "Screening of vetting {0} not recorded ({1}: {2})", vettingId, refused.rule(),
                    refused.detail());
        }
    }

    /** Records an outcome on a partnership; a partnership that cannot take it any more says why, and that is logged. */
    private void record(RecordVettingOutcome outcome) {
        try {
            commands.sendAndWait(outcome);
        } catch (RuntimeException e) {
            RuleViolation refused = ruleViolation(e).orElseThrow(() -> e);
            log.log(Level.WARNING, "Partnership {0} did not record outcome {1} of vetting {2} for partner {3} ({4}: "
                            + "{5})", outcome.partnershipId(), outcome.outcome(), outcome.vettingId(),
                    outcome.partnerId(), refused.rule(), refused.detail());
        }
    }

    private PartnershipView partnership(PartnershipId partnershipId) {
        return queries.query(new FindPartnership(partnershipId.value()),
                        ResponseTypes.optionalInstanceOf(PartnershipView.class))
                .join()
                .orElseThrow(() -> new IllegalStateException("partnership " + partnershipId + " has no view yet: "
                        + "the read model has not caught up, retried"));
    }

    private VettingView vetting(VettingId vettingId) {
        return queries.query(new FindVetting(vettingId.value()), ResponseTypes.optionalInstanceOf(VettingView.class))
                .join()
                .orElseThrow(() -> new IllegalStateException("vetting " + vettingId + " has no view yet: the read "
                        + "model has not caught up, retried"));
    }

    private static VettingOutcome outcomeOf(VettingDecision decision) {
        return switch (decision) {
            case CLEARED -> VettingOutcome.CLEARED;
            case CLEARED_WITH_CONDITIONS -> VettingOutcome.CLEARED_WITH_CONDITIONS;
            case REJECTED -> VettingOutcome.REJECTED;
        };
    }

    /**
     * The gateway rethrows a handler's runtime exception as it is, but a bus in between may wrap it, and Axon Server
     * sends back only the refusal's details.
     */
    private static Optional<RuleViolation> ruleViolation(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return CommandRefusal.of(failure).flatMap(CommandRefusal::asRuleViolation);
    }
}
