package org.partnershipledger.projections.partnership;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.CorrectiveActionView;
import org.partnershipledger.application.partnership.views.CorrectivePlanView;
import org.partnershipledger.application.partnership.views.CorrectivePlanView.Closure;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.partnership.views.RecordCorrectionView;
import org.partnershipledger.application.partnership.views.UnderCorrectionView;
import org.partnershipledger.application.partnership.views.WithdrawalView;
import org.partnershipledger.domain.partnership.CorrectiveAction;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.PartnershipStatus;
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

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps one {@link PartnershipView} per partnership, and beside it the {@link PartnershipIndex} that the portfolio,
 * review calendar and statistics read. Every event of the Partnership aggregate is applied.
 *
 * <p>Handlers skip events the view already reflects (its version is the sequence number of the last event applied),
 * so redelivery after a crash or a retried batch never applies an event twice. Events of one partnership arrive in
 * order, since the processor sequences them by aggregate.
 */
@ProcessingGroup(PartnershipViewProjection.PROCESSING_GROUP)
public class PartnershipViewProjection {

    public static final String PROCESSING_GROUP = "partnership-views";

    /**
     * The shape of what this projection stores: raise it with any change to what it writes, and the next start
     * rebuilds the read model from the events (ADR 027).
     */
    public static final int SCHEMA_VERSION = 1;

    private final PartnershipViewStore store;

    public PartnershipViewProjection(PartnershipViewStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * A replay (a reset of the processor's token) starts from an empty read model: the views already stored reflect
     * every event, so without this the replay would skip them all and rebuild nothing.
     */
    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    Optional<PartnershipView> handle(FindPartnership query) {
        return store.find(query.partnershipId());
    }

    @EventHandler
    void on(PartnershipProposed event, @SequenceNumber long version, @Timestamp Instant at) {
        if (store.find(event.partnershipId().value()).isPresent()) {
            return;
        }
        save(PartnershipDraft.proposed(event, at).toView(version, at));
    }

    @EventHandler
    void on(PartnerJoined event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> draft.join(ViewMapping.partner(event.partner(), at)));
    }

    @EventHandler
    void on(PartnerLeft event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at,
                draft -> draft.leave(event.partnerId().value(), at, event.reason()));
    }

    @EventHandler
    void on(VettingOutcomeRecorded event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> draft.updatePartner(event.partnerId().value(),
                p -> new PartnerView(p.partnerId(), p.name(), p.type(), p.country(), p.registrationReference(),
                        p.engagement(), ViewMapping.vetting(event, at), p.joinedAt(), p.leftAt(), p.leftReason())));
    }

    @EventHandler
    void on(PartnershipVetted event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> draft.status = PartnershipStatus.VETTED);
    }

    @EventHandler
    void on(PartnershipReturnedToProposed event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> draft.status = PartnershipStatus.PROPOSED);
    }

    @EventHandler
    void on(AgreementConcluded event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            draft.form = event.form();
            draft.transfer = event.agencyTransfer();
            draft.agree(ViewMapping.agreement(event));
        });
    }

    @EventHandler
    void on(AgreementAmended event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at,
                draft -> draft.amend(ViewMapping.amendment(event), ViewMapping.terms(event.amendedTerms())));
    }

    @EventHandler
    void on(ReviewRecorded event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at,
                draft -> draft.reviews.add(ViewMapping.review(event, draft.cycle)));
    }

    @EventHandler
    void on(PartnershipPlacedUnderCorrection event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            draft.status = PartnershipStatus.UNDER_CORRECTION;
            draft.underCorrection = new UnderCorrectionView(event.reviewId().value(), event.reviewDate(),
                    event.planDeadline());
        });
    }

    @EventHandler
    void on(CorrectiveActionPlanAgreed event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            draft.openPlan = new CorrectivePlanView(event.planId().value(), event.agreedOn(), event.deadline(),
                    event.actions().stream().map(action -> openAction(action, draft)).toList(),
                    event.budgetModification(), event.budgetNote(), event.previousAgencyTransfer(), null, null, null);
            if (event.budgetModification() != null) {
                draft.transfer = event.budgetModification();
            }
        });
    }

    @EventHandler
    void on(CorrectiveActionCompleted event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> draft.updateActions(event.planId().value(), a ->
                !a.actionId().equals(event.actionId().value()) ? a : new CorrectiveActionView(a.actionId(),
                        a.description(), a.responsiblePartnerId(), a.responsible(), a.dueDate(), true,
                        event.completedOn(), event.completionNote())));
    }

    @EventHandler
    void on(PartnershipCorrected event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            draft.status = PartnershipStatus.AGREED;
            draft.closePlan(event.correctedOn(), Closure.CORRECTED, event.reviewId().value());
        });
    }

    @EventHandler
    void on(PartnershipDiscontinued event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            draft.status = PartnershipStatus.DISCONTINUED;
            draft.discontinuation = ViewMapping.discontinuation(event);
            draft.closePlan(event.effectiveDate(), Closure.PARTNERSHIP_DISCONTINUED, null);
        });
    }

    @EventHandler
    void on(ProposalWithdrawn event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            draft.status = PartnershipStatus.DISCONTINUED;
            draft.withdrawal = new WithdrawalView(event.reason(), event.withdrawnOn());
        });
    }

    @EventHandler
    void on(PartnershipConcluded event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            draft.status = PartnershipStatus.CONCLUDED;
            draft.conclusion = ViewMapping.conclusion(event);
            draft.closePlan(event.concludedOn(), Closure.CYCLE_CONCLUDED, null);
        });
    }

    @EventHandler
    void on(AgreementCycleRenewed event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> draft.renew(event.cycle(), event.renewedOn()));
    }

    @EventHandler
    void on(RecordedFactCorrected event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.partnershipId(), version, at, draft -> {
            RecordCorrections.apply(event, draft);
            draft.recordCorrections.add(new RecordCorrectionView(event.fact(), event.targetId(), event.oldValue(),
                    event.newValue(), event.reason(), at));
        });
    }

    private void update(PartnershipId partnershipId, long version, Instant at, Consumer<PartnershipDraft> change) {
        store.find(partnershipId.value())
                .filter(view -> version > view.version())
                .ifPresent(view -> {
                    PartnershipDraft draft = PartnershipDraft.of(view);
                    change.accept(draft);
                    save(draft.toView(version, at));
                });
    }

    private void save(PartnershipView view) {
        store.save(view, PartnershipIndex.of(view));
    }

    private static CorrectiveActionView openAction(CorrectiveAction action, PartnershipDraft draft) {
        String partnerId = action.responsible().byAgency() ? null : action.responsible().partnerId().value();
        return new CorrectiveActionView(action.actionId().value(), action.description(), partnerId,
                partnerId == null ? CorrectiveActionView.AGENCY : draft.partnerName(partnerId), action.dueDate(),
                false, null, null);
    }
}
