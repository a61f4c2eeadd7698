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
 * @param reviewId          the review's id
 * @param cycle             the agreement cycle the review belongs to; the next review is due from the latest of its
 *                          cycle
 * @param reviewDate        the date the review took place (ISO 8601 date)
 * @param progress          ON_TRACK, SOME_PROGRESS or LITTLE_OR_NO_PROGRESS (which opened correction, P7)
 * @param functioning       how each of the five aspects of the partnership's functioning was judged
 * @param worthItsCosts     whether the partners found partnering worth its costs
 * @param worthItsCostsNote what they said about it, or null
 * @param participants      the ids of the partners who took part
 * @param commitments       whether each partner kept its commitments
 * @param recommendation    CONTINUE, REVISE, CORRECTIVE_ACTION, DISCONTINUE or CONCLUDE: advice, which changes no
 *                          status by itself
 * @param summary           what the review found, as corrected (P11)
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
