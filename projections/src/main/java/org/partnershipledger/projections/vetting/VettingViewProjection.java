package org.partnershipledger.projections.vetting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.views.AssessmentView;
import org.partnershipledger.application.vetting.views.DecisionView;
import org.partnershipledger.application.vetting.views.RelianceView;
import org.partnershipledger.application.vetting.views.ReopeningView;
import org.partnershipledger.application.vetting.views.RiskScoreView;
import org.partnershipledger.application.vetting.views.RiskView;
import org.partnershipledger.application.vetting.views.ScreeningMatchView;
import org.partnershipledger.application.vetting.views.ScreeningView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.vetting.RiskScore;
import org.partnershipledger.domain.vetting.ScreeningMatch;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.events.ClearanceReused;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.RiskRated;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps one {@link VettingView} per vetting, and beside it the {@link VettingIndex} that the queue, the partner
 * registry and clearance reuse read. Every event of the Vetting aggregate is applied.
 *
 * <p>Handlers skip events the view already reflects (its version is the sequence number of the last event applied),
 * so a redelivered event is never applied twice. Events of one vetting arrive in order, since the processor sequences
 * them by aggregate.
 */
@ProcessingGroup(VettingViewProjection.PROCESSING_GROUP)
public class VettingViewProjection {

    public static final String PROCESSING_GROUP = "vetting-views";

    /**
     * The shape of what this projection stores: raise it with any change to what it writes, and the next start
     * rebuilds the read model from the events (ADR 027).
     */
    public static final int SCHEMA_VERSION = 1;

    private final VettingViewStore store;

    public VettingViewProjection(VettingViewStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** A replay starts from an empty read model, or it would skip every event the stored views already reflect. */
    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    Optional<VettingView> handle(FindVetting query) {
        return store.find(query.vettingId());
    }

    @EventHandler
    void on(VettingOpened event, @SequenceNumber long version, @Timestamp Instant at) {
        if (store.find(event.vettingId().value()).isPresent()) {
            return;
        }
        save(VettingDraft.opened(event, at).toView(version, at));
    }

    @EventHandler
    void on(CriterionAssessed event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.vettingId(), version, at, draft -> draft.assess(event.criterion(),
                new AssessmentView(event.result(), event.condition(), event.evidence(), user(event.assessedBy()), at,
                        event.previousResult())));
    }

    @EventHandler
    void on(SanctionsScreeningRecorded event, @SequenceNumber long version, @Timestamp Instant at) {
        List<ScreeningMatchView> matches = event.matches() == null ? List.of()
                : event.matches().stream().map(VettingViewProjection::match).toList();
        update(event.vettingId(), version, at, draft -> draft.screen(new ScreeningView(event.listName(),
                event.listVersion(), event.screenedAt(), event.threshold(), event.screenedName(), matches, true)));
    }

    @EventHandler
    void on(ScreeningMatchDismissed event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.vettingId(), version, at, draft -> draft.dismiss(event.listName(), event.listVersion(),
                event.entryReference(), m -> new ScreeningMatchView(m.entryReference(), m.entryKind(),
                        m.listedName(), m.matchedName(), m.score(), m.aliases(), true, event.justification(),
                        user(event.dismissedBy()), at)));
    }

    @EventHandler
    void on(RiskRated event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.vettingId(), version, at, draft -> draft.risk = new RiskView(score(event.reputational()),
                score(event.fiduciary()), score(event.performance()), event.highestScore(), event.band(),
                user(event.ratedBy()), at, true));
    }

    @EventHandler
    void on(VettingDecided event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.vettingId(), version, at, draft -> draft.decide(new DecisionView(event.decision(),
                event.reasons(), event.conditions(), event.riskBand(), event.decidedOn(), event.validUntil(),
                user(event.approvedBy()))));
    }

    @EventHandler
    void on(ClearanceReused event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.vettingId(), version, at, draft -> draft.reliedOnBy(new RelianceView(
                event.partnershipId().value(), true, event.neededTier(), event.reusedOn())));
    }

    @EventHandler
    void on(VettingReopened event, @SequenceNumber long version, @Timestamp Instant at) {
        ReopeningView reopening = new ReopeningView(event.reason(), event.information(), user(event.reopenedBy()), at,
                event.previousDecision(), event.newScreeningRequired(), event.criteriaToReassess());
        update(event.vettingId(), version, at, draft -> draft.reopen(reopening, reopening.criteriaToReassess()));
    }

    private void update(VettingId vettingId, long version, Instant at, Consumer<VettingDraft> change) {
        store.find(vettingId.value())
                .filter(view -> version > view.version())
                .ifPresent(view -> {
                    VettingDraft draft = VettingDraft.of(view);
                    change.accept(draft);
                    save(draft.toView(version, at));
                });
    }

    private void save(VettingView view) {
        store.save(view, VettingIndex.of(view));
    }

    private static ScreeningMatchView match(ScreeningMatch match) {
        return new ScreeningMatchView(match.entryReference(), match.entryKind(), match.listedName(),
                match.matchedName(), match.score(), match.aliases(), false, null, null, null);
    }

    private static RiskScoreView score(RiskScore score) {
        return score == null ? null : new RiskScoreView(score.likelihood(), score.impact(), score.score());
    }

    private static String user(UserId user) {
        return user == null ? null : user.value();
    }
}
