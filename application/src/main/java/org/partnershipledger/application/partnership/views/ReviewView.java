package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.FunctioningAssessment;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A participatory review with everything the partners said (P6). The summary shows a record correction (P11) once
 * one is made; the rating and recommendation are decisions and never change.
 *
 * @param cycle        the agreement cycle the review belongs to; the next review is due from the latest of its cycle
 * @param participants the ids of the partners who took part
 */
public record ReviewView(String reviewId,
                         int cycle,
                         LocalDate reviewDate,
                         ReviewProgress progress,
                         FunctioningAssessment functioning,
                         Boolean worthItsCosts,
                         String worthItsCostsNote,
                         List<String> participants,
                         List<CommitmentView> commitments,
                         ReviewRecommendation recommendation,
                         String summary) {

    public ReviewView {
        participants = ViewCollections.listOf(participants);
        commitments = ViewCollections.listOf(commitments);
    }
}
