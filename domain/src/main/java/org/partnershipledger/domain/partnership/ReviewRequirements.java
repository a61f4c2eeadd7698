package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.partnership.commands.RecordReview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** P6: what a participatory review must cover, each gap named by a stable name. */
final class ReviewRequirements {

    private static final FunctioningAssessment NOTHING_ASSESSED =
            new FunctioningAssessment(null, null, null, null, null);

    private ReviewRequirements() {
    }

    static List<String> missingParts(RecordReview review, Collection<PartnerProfile> partners) {
        List<String> missing = new ArrayList<>();
        Set<PartnerId> known = partners.stream().map(PartnerProfile::partnerId).collect(Collectors.toSet());
        Set<PartnerId> assessed = review.commitments().stream().map(CommitmentAssessment::partnerId)
                .collect(Collectors.toSet());
        for (PartnerProfile partner : partners) {
            if (!review.participants().contains(partner.partnerId())) {
                missing.add("participation of partner " + partner.name());
            }
        }
        review.participants().stream().filter(id -> !known.contains(id))
                .forEach(id -> missing.add("unknown participant " + id));
        missing.addAll((review.functioning() == null ? NOTHING_ASSESSED : review.functioning()).missingAspects());
        if (review.worthItsCosts() == null) {
            missing.add("worthItsCosts");
        }
        for (PartnerProfile partner : partners) {
            if (!assessed.contains(partner.partnerId())) {
                missing.add("commitments of partner " + partner.name());
            }
        }
        assessed.stream().filter(id -> !known.contains(id))
                .forEach(id -> missing.add("commitments of unknown partner " + id));
        return missing;
    }
}
