package org.partnershipledger.application.partnership.views;

import org.partnershipledger.domain.partnership.NextStep;

import java.time.LocalDate;
import java.util.List;

/**
 * The conclusion of an agreement cycle with its participatory final evaluation (P9).
 *
 * @param cycle                  the agreement cycle concluded
 * @param concludedOn            the date of the conclusion (ISO 8601 date)
 * @param evaluationParticipants the ids of the partners who took part in the final evaluation
 * @param findings               what the final evaluation found
 * @param lessons                what the partners learned
 * @param sustainabilityMeasures how the results are kept up
 * @param nextStep               what follows; {@code RENEW} starts a new agreement cycle
 */
public record ConclusionView(int cycle,
                             LocalDate concludedOn,
                             List<String> evaluationParticipants,
                             List<String> findings,
                             List<String> lessons,
                             List<String> sustainabilityMeasures,
                             NextStep nextStep) {

    public ConclusionView {
        evaluationParticipants = ViewCollections.listOf(evaluationParticipants);
        findings = ViewCollections.listOf(findings);
        lessons = ViewCollections.listOf(lessons);
        sustainabilityMeasures = ViewCollections.listOf(sustainabilityMeasures);
    }
}
