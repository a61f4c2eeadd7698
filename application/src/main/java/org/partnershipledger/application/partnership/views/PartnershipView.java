package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One partnership as officers read it: where it stands, who takes part, what was agreed and amended, how its reviews
 * went, what correction is under way, and how it ended. Record corrections (P11) show in place, and each is listed
 * with the value it replaced.
 *
 * @param partnershipId         the partnership's id
 * @param version               the sequence number of the last event applied, which is the aggregate's version; clients
 *                              send it back to guard against concurrent edits
 * @param title                 a short name for the partnership
 * @param purpose               what the partnership sets out to do and why
 * @param form                  FORMAL_PARTNERSHIP, a written agreement that may transfer resources, or
 *                              COLLABORATIVE_RELATIONSHIP, which transfers none (P1)
 * @param agencyRole            the part the agency plays: CONVENER, FACILITATOR, PARTNER or OBSERVER
 * @param scope                 the geographic reach: LOCAL, NATIONAL, REGIONAL or GLOBAL
 * @param transfer              what the agency transfers now, after amendments and budget modifications, or {@code
 *                              null} when nothing is transferred
 * @param status                where it stands: PROPOSED, VETTED (every partner cleared), AGREED, UNDER_CORRECTION
 *                              (P7), DISCONTINUED or CONCLUDED; the last two are terminal
 * @param leadOffice            the office that leads it, the proposer's; only its staff and headquarters act on it
 * @param proposedBy            the user id of the officer who proposed it
 * @param proposedAt            when it was proposed (ISO 8601 instant)
 * @param lastChangedAt         when its last event was recorded (ISO 8601 instant)
 * @param partners              the current partners
 * @param formerPartners        partners that left before agreement (P2)
 * @param cycle                 the current agreement cycle, 1 until a renewal (P9)
 * @param agreement             the agreement of the current cycle, {@code null} before it is concluded
 * @param firstAgreedOn         the signing date of the first agreement, {@code null} until there is one
 * @param reviews               every review of every cycle, in the order recorded
 * @param nextReviewDue         the latest review of the current cycle (or the agreement's start when there is none)
 *                              plus the review frequency; {@code null} unless agreed and not yet ended
 * @param underCorrection       why and until when a corrective plan must be agreed, while under correction (P7)
 * @param openCorrectivePlan    the corrective action plan under way, {@code null} when none is
 * @param closedCorrectivePlans earlier plans, each with why it closed
 * @param discontinuation       how an agreed partnership was discontinued (P8), or {@code null}
 * @param withdrawal            how a proposal was withdrawn (P8), or {@code null}
 * @param conclusion            the conclusion of the current cycle (P9), or {@code null}
 * @param earlierCycles         the agreement cycles before a renewal, oldest first
 * @param recordCorrections     the record corrections made, in order (P11)
 */
public record PartnershipView(String partnershipId,
                              long version,
                              String title,
                              String purpose,
                              PartnershipForm form,
                              AgencyRole agencyRole,
                              Scope scope,
                              Money transfer,
                              PartnershipStatus status,
                              String leadOffice,
                              String proposedBy,
                              Instant proposedAt,
                              Instant lastChangedAt,
                              List<PartnerView> partners,
                              List<PartnerView> formerPartners,
                              int cycle,
                              AgreementView agreement,
                              LocalDate firstAgreedOn,
                              List<ReviewView> reviews,
                              LocalDate nextReviewDue,
                              UnderCorrectionView underCorrection,
                              CorrectivePlanView openCorrectivePlan,
                              List<CorrectivePlanView> closedCorrectivePlans,
                              DiscontinuationView discontinuation,
                              WithdrawalView withdrawal,
                              ConclusionView conclusion,
                              List<AgreementCycleView> earlierCycles,
                              List<RecordCorrectionView> recordCorrections) {

    public PartnershipView {
        partners = ViewCollections.listOf(partners);
        formerPartners = ViewCollections.listOf(formerPartners);
        reviews = ViewCollections.listOf(reviews);
        closedCorrectivePlans = ViewCollections.listOf(closedCorrectivePlans);
        earlierCycles = ViewCollections.listOf(earlierCycles);
        recordCorrections = ViewCollections.listOf(recordCorrections);
    }
}
