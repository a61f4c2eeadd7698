package org.partnershipledger.projections.partnership;

import org.partnershipledger.application.partnership.views.CorrectiveActionView;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.ReviewView;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;

/**
 * Shows a record correction (P11) in place: wherever the view repeats the corrected fact, the new value replaces the
 * old, so nobody reads a name or title the partnership has since corrected.
 */
final class RecordCorrections {

    private RecordCorrections() {
    }

    static void apply(RecordedFactCorrected event, PartnershipDraft draft) {
        String value = event.newValue();
        switch (event.fact()) {
            case TITLE -> draft.title = value;
            case PURPOSE -> draft.purpose = value;
            case PARTNER_NAME -> renamePartner(draft, event.targetId(), value);
            case PARTNER_REGISTRATION_REFERENCE -> draft.updatePartner(event.targetId(), p -> new PartnerView(
                    p.partnerId(), p.name(), p.type(), p.country(), value, p.engagement(), p.vetting(), p.joinedAt(),
                    p.leftAt(), p.leftReason()));
            case REVIEW_SUMMARY -> draft.updateReview(event.targetId(), r -> new ReviewView(r.reviewId(), r.cycle(),
                    r.reviewDate(), r.progress(), r.functioning(), r.worthItsCosts(), r.worthItsCostsNote(),
                    r.participants(), r.commitments(), r.recommendation(), value));
            default -> {
                // decisions are superseded, never corrected: the aggregate refuses such corrections (P11)
            }
        }
    }

    private static void renamePartner(PartnershipDraft draft, String partnerId, String name) {
        draft.updatePartner(partnerId, p -> new PartnerView(p.partnerId(), name, p.type(), p.country(),
                p.registrationReference(), p.engagement(), p.vetting(), p.joinedAt(), p.leftAt(), p.leftReason()));
        draft.updateActions(null, a -> !partnerId.equals(a.responsiblePartnerId()) ? a : new CorrectiveActionView(
                a.actionId(), a.description(), a.responsiblePartnerId(), name, a.dueDate(), a.done(), a.completedOn(),
                a.completionNote()));
    }
}
