package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.views.AssessmentView;
import org.partnershipledger.application.vetting.views.CriterionView;
import org.partnershipledger.application.vetting.views.DecisionView;
import org.partnershipledger.application.vetting.views.ReopeningView;
import org.partnershipledger.application.vetting.views.RelianceView;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.RiskView;
import org.partnershipledger.application.vetting.views.ScreeningMatchView;
import org.partnershipledger.application.vetting.views.ScreeningView;
import org.partnershipledger.application.vetting.views.VettingPartnerView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Criterion;
import org.partnershipledger.domain.vetting.VettingStatus;
import org.partnershipledger.domain.vetting.events.VettingOpened;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A vetting view being brought up to date by one event: a mutable copy, so that each event handler says only what
 * its event changes.
 */
final class VettingDraft {

    String vettingId;
    VettingPartnerView partner;
    String partnershipId;
    VettingTier tier;
    RequiredAuthority requiredAuthority;
    VettingStatus status;
    final List<CriterionView> criteria = new ArrayList<>();
    final List<ScreeningView> screenings = new ArrayList<>();
    RiskView risk;
    DecisionView decision;
    final List<DecisionView> earlierDecisions = new ArrayList<>();
    final List<ReopeningView> reopenings = new ArrayList<>();
    final List<RelianceView> reliedOnBy = new ArrayList<>();
    String openedBy;
    Instant openedAt;

    static VettingDraft opened(VettingOpened event, Instant at) {
        VettingDraft draft = new VettingDraft();
        draft.vettingId = event.vettingId().value();
        draft.partner = new VettingPartnerView(event.partnerId().value(), event.partnerName(), event.partnerType(),
                event.partnerCountry());
        draft.partnershipId = event.partnershipId().value();
        draft.tier = event.tier();
        draft.requiredAuthority = RequiredAuthority.forTier(event.tier());
        draft.status = VettingStatus.OPEN;
        List<Criterion> required = event.requiredCriteria() == null ? List.of() : event.requiredCriteria();
        required.forEach(c -> draft.criteria.add(new CriterionView(c, c.isExclusionary(), null, false)));
        draft.reliedOnBy.add(new RelianceView(draft.partnershipId, false, event.tier(), null));
        draft.openedBy = event.openedBy() == null ? null : event.openedBy().value();
        draft.openedAt = at;
        return draft;
    }

    static VettingDraft of(VettingView view) {
        VettingDraft draft = new VettingDraft();
        draft.vettingId = view.vettingId();
        draft.partner = view.partner();
        draft.partnershipId = view.partnershipId();
        draft.tier = view.tier();
        draft.requiredAuthority = view.requiredAuthority();
        draft.status = view.status();
        draft.criteria.addAll(view.criteria());
        draft.screenings.addAll(view.screenings());
        draft.risk = view.risk();
        draft.decision = view.decision();
        draft.earlierDecisions.addAll(view.earlierDecisions());
        draft.reopenings.addAll(view.reopenings());
        draft.reliedOnBy.addAll(view.reliedOnBy());
        draft.openedBy = view.openedBy();
        draft.openedAt = view.openedAt();
        return draft;
    }

    VettingView toView(long version, Instant lastChangedAt) {
        return new VettingView(vettingId, version, partner, partnershipId, tier, requiredAuthority, status, criteria,
                screenings, risk, decision, earlierDecisions, reopenings, reliedOnBy, openedBy, openedAt,
                lastChangedAt);
    }

    /** The latest assessment replaces the earlier one and no longer needs redoing (V2, V8). */
    void assess(Criterion criterion, AssessmentView assessment) {
        CriterionView assessed = new CriterionView(criterion, criterion.isExclusionary(), assessment, false);
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).criterion() == criterion) {
                criteria.set(i, assessed);
                return;
            }
        }
        criteria.add(assessed);
    }

    /** A new screening supersedes every earlier one (V3). */
    void screen(ScreeningView screening) {
        screenings.replaceAll(s -> s.standing() ? withStanding(s, false) : s);
        screenings.add(screening);
    }

    /** Dismissals belong to the latest screening of the edition they name. */
    void dismiss(String listName, String listVersion, String entryReference, UnaryOperator<ScreeningMatchView> change) {
        for (int i = screenings.size() - 1; i >= 0; i--) {
            ScreeningView s = screenings.get(i);
            if (Objects.equals(s.listName(), listName) && Objects.equals(s.listVersion(), listVersion)) {
                List<ScreeningMatchView> matches = s.matches().stream()
                        .map(m -> m.entryReference().equals(entryReference) ? change.apply(m) : m).toList();
                screenings.set(i, new ScreeningView(s.listName(), s.listVersion(), s.screenedAt(), s.threshold(),
                        s.screenedName(), matches, s.standing()));
                return;
            }
        }
    }

    void decide(DecisionView decided) {
        status = VettingStatus.of(decided.decision());
        decision = decided;
    }

    void reliedOnBy(RelianceView reliance) {
        if (reliedOnBy.stream().noneMatch(r -> r.partnershipId().equals(reliance.partnershipId()))) {
            reliedOnBy.add(reliance);
        }
    }

    /**
     * V8: the decision no longer stands; the risk rating never does after a reopening; the screening and the named
     * assessments are set aside when the reopening says so.
     */
    void reopen(ReopeningView reopening, Collection<Criterion> criteriaToReassess) {
        status = VettingStatus.REOPENED;
        if (decision != null) {
            earlierDecisions.add(decision);
        }
        decision = null;
        if (risk != null) {
            risk = new RiskView(risk.reputational(), risk.fiduciary(), risk.performance(), risk.highestScore(),
                    risk.band(), risk.ratedBy(), risk.ratedAt(), false);
        }
        if (reopening.newScreeningRequired()) {
            screenings.replaceAll(s -> s.standing() ? withStanding(s, false) : s);
        }
        criteria.replaceAll(c -> criteriaToReassess.contains(c.criterion()) && c.assessment() != null
                ? new CriterionView(c.criterion(), c.exclusionary(), c.assessment(), true) : c);
        reopenings.add(reopening);
    }

    private static ScreeningView withStanding(ScreeningView s, boolean standing) {
        return new ScreeningView(s.listName(), s.listVersion(), s.screenedAt(), s.threshold(), s.screenedName(),
                s.matches(), standing);
    }
}
