package org.partnershipledger.application.notification;

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
import org.partnershipledger.domain.vetting.events.ClearanceReused;
import org.partnershipledger.domain.vetting.events.CriterionAssessed;
import org.partnershipledger.domain.vetting.events.RiskRated;
import org.partnershipledger.domain.vetting.events.SanctionsScreeningRecorded;
import org.partnershipledger.domain.vetting.events.ScreeningMatchDismissed;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.domain.vetting.events.VettingOpened;
import org.partnershipledger.domain.vetting.events.VettingReopened;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Map.entry;

/**
 * The events the world outside may hear of, each under its public name: the event's name in the domain's language, as
 * the audit trail shows it. Receivers subscribe by these names and branch on them, so a name, once published, stays:
 * an event class renamed in the code keeps its old public name here. A test in {@code app} fails when an event of the
 * domain is missing from this list.
 */
public final class NotifiableEvents {

    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            entry(AgreementAmended.class, "AgreementAmended"),
            entry(AgreementConcluded.class, "AgreementConcluded"),
            entry(AgreementCycleRenewed.class, "AgreementCycleRenewed"),
            entry(CorrectiveActionCompleted.class, "CorrectiveActionCompleted"),
            entry(CorrectiveActionPlanAgreed.class, "CorrectiveActionPlanAgreed"),
            entry(PartnerJoined.class, "PartnerJoined"),
            entry(PartnerLeft.class, "PartnerLeft"),
            entry(PartnershipConcluded.class, "PartnershipConcluded"),
            entry(PartnershipCorrected.class, "PartnershipCorrected"),
            entry(PartnershipDiscontinued.class, "PartnershipDiscontinued"),
            entry(PartnershipPlacedUnderCorrection.class, "PartnershipPlacedUnderCorrection"),
            entry(PartnershipProposed.class, "PartnershipProposed"),
            entry(PartnershipReturnedToProposed.class, "PartnershipReturnedToProposed"),
            entry(PartnershipVetted.class, "PartnershipVetted"),
            entry(ProposalWithdrawn.class, "ProposalWithdrawn"),
            entry(RecordedFactCorrected.class, "RecordedFactCorrected"),
            entry(ReviewRecorded.class, "ReviewRecorded"),
            entry(VettingOutcomeRecorded.class, "VettingOutcomeRecorded"),
            entry(ClearanceReused.class, "ClearanceReused"),
            entry(CriterionAssessed.class, "CriterionAssessed"),
            entry(RiskRated.class, "RiskRated"),
            entry(SanctionsScreeningRecorded.class, "SanctionsScreeningRecorded"),
            entry(ScreeningMatchDismissed.class, "ScreeningMatchDismissed"),
            entry(VettingDecided.class, "VettingDecided"),
            entry(VettingOpened.class, "VettingOpened"),
            entry(VettingReopened.class, "VettingReopened"));

    private NotifiableEvents() {
    }

    /** The public name of an event of this type, or empty when the type is not published. */
    public static Optional<String> nameOf(Class<?> eventType) {
        return Optional.ofNullable(NAMES.get(eventType));
    }

    /** Every public name, sorted. */
    public static Set<String> names() {
        return new TreeSet<>(NAMES.values());
    }

    /** Every published event type. */
    public static Set<Class<?>> types() {
        return NAMES.keySet();
    }
}
