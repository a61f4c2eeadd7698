package org.partnershipledger.application.vetting.views;

import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.VettingStatus;

import java.time.Instant;
import java.util.List;

/**
 * One vetting as vetting officers and approvers read it: whom it vets for which engagement, what each criterion of
 * its tier was assessed, what the sanctions screenings found and which matches were dismissed, how the risk was
 * rated, what was decided and by whom, how often it was reopened and why, and which partnerships rely on it.
 *
 * @param vettingId         the vetting's id
 * @param version           the sequence number of the last event applied, which is the aggregate's version
 * @param partner           the partner as it was named when the vetting opened (the name that was screened)
 * @param partnershipId     the partnership the vetting was opened for
 * @param tier              how deep the due diligence goes: LIGHT, STANDARD or ENHANCED (V1)
 * @param requiredAuthority who may decide it (V5)
 * @param status            OPEN until decided, then CLEARED, CLEARED_WITH_CONDITIONS or REJECTED; REOPENED on new
 *                          information until decided again (V8)
 * @param criteria          the criteria the tier required when the vetting opened, in catalogue order, each with its
 *                          latest assessment
 * @param screenings        every sanctions screening, oldest first; only the last can be standing
 * @param risk              the latest risk rating, {@code null} before any
 * @param decision          the decision that stands, {@code null} while OPEN or REOPENED
 * @param earlierDecisions  decisions that no longer stand because the vetting was reopened, oldest first
 * @param reopenings        each reopening, oldest first (V8)
 * @param reliedOnBy        the partnership the vetting was opened for, then each that reused its clearance (V7)
 * @param openedBy          who opened it
 * @param openedAt          when it was opened (ISO 8601 instant)
 * @param lastChangedAt     when its last event was recorded (ISO 8601 instant)
 */
public record VettingView(String vettingId,
                          long version,
                          VettingPartnerView partner,
                          String partnershipId,
                          VettingTier tier,
                          RequiredAuthority requiredAuthority,
                          VettingStatus status,
                          List<CriterionView> criteria,
                          List<ScreeningView> screenings,
                          RiskView risk,
                          DecisionView decision,
                          List<DecisionView> earlierDecisions,
                          List<ReopeningView> reopenings,
                          List<RelianceView> reliedOnBy,
                          String openedBy,
                          Instant openedAt,
                          Instant lastChangedAt) {

    public VettingView {
        criteria = ViewCollections.listOf(criteria);
        screenings = ViewCollections.listOf(screenings);
        earlierDecisions = ViewCollections.listOf(earlierDecisions);
        reopenings = ViewCollections.listOf(reopenings);
        reliedOnBy = ViewCollections.listOf(reliedOnBy);
    }
}
