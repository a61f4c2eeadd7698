package org.partnershipledger.projections.partnership;

import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.projections.EventHistory;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.partnership.PartnershipEvents.TOSTAN;
import static org.partnershipledger.projections.partnership.PartnershipEvents.action;
import static org.partnershipledger.projections.partnership.PartnershipEvents.partner;

/**
 * Issue 8, idempotent handlers: after a crash between the read-model write and the token update, or after a retried
 * batch or dead letter, events reach the projection again. Every handler of the partnership views, over a history
 * that uses each of them, must leave the view as a single delivery does.
 */
class PartnershipViewRedeliveryTest {

    private static final Instant PROPOSED_AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 4, 1);
    private static final PartnerProfile WHO = partner("who", "World Health Organization", PartnerType.UN_ENTITY);
    private static final PartnerProfile GAVI = partner("gavi", "Gavi", PartnerType.GPP);

    @Test
    void every_event_delivered_twice_in_a_row_leaves_the_view_as_one_delivery_does() {
        PartnershipView once = deliver(false).find("p-1").orElseThrow();
        PartnershipView twice = deliver(true).find("p-1").orElseThrow();

        assertThat(twice).isEqualTo(once);
        assertThat(once.reviews()).as("the history reached its end").hasSize(2);
    }

    @Test
    void the_whole_history_delivered_again_from_the_first_event_changes_nothing() {
        InMemoryPartnershipStore store = new InMemoryPartnershipStore();
        EventHistory history = history(store, false);
        PartnershipView before = store.find("p-1").orElseThrow();
        int savesBefore = store.saves();

        history.redeliverAll();

        assertThat(store.find("p-1")).contains(before);
        assertThat(store.saves()).as("nothing even written again").isEqualTo(savesBefore);
    }

    private InMemoryPartnershipStore deliver(boolean eachTwice) {
        InMemoryPartnershipStore store = new InMemoryPartnershipStore();
        history(store, eachTwice);
        return store;
    }

    private static EventHistory history(InMemoryPartnershipStore store, boolean eachTwice) {
        PartnershipEvents events = new PartnershipEvents("p-1");
        EventHistory history = new EventHistory(new PartnershipViewProjection(store), PROPOSED_AT);
        LocalDate reviewDate = SIGNED_ON.plusMonths(6);
        Object[] all = {events.proposed("Comunity-led abandonment", TOSTAN, WHO), events.joined(GAVI),
                events.left(GAVI, "merged"), events.cleared(TOSTAN, SIGNED_ON.plusYears(2)),
                events.returnedToProposed(WHO), events.cleared(WHO, SIGNED_ON.plusYears(2)),
                events.vetted(TOSTAN, WHO), events.agreed(SIGNED_ON, 6),
                events.amended("a-1", SIGNED_ON.plusMonths(2), AgreementChanges.duration(SIGNED_ON.plusYears(4)),
                        "drought delays", PartnershipEvents.TRANSFER, PartnershipEvents.TRANSFER,
                        AgreementChanges.duration(SIGNED_ON.plusYears(4))
                                .applyTo(PartnershipEvents.terms(SIGNED_ON, 6))),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(1), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, reviewDate.plusDays(40))),
                events.actionCompleted("plan-1", "hire", reviewDate.plusDays(20)),
                events.reviewed("r-2", reviewDate.plusDays(50), ReviewProgress.SOME_PROGRESS),
                events.corrected("plan-1", "r-2", reviewDate.plusDays(50)),
                events.factCorrected(RecordedFact.TITLE, null, "Comunity-led abandonment", "Community-led abandonment"),
                events.discontinued(DiscontinuationReason.MUTUAL_AGREEMENT, reviewDate.plusDays(90), null)};
        for (Object event : all) {
            history.then(event);
            if (eachTwice) {
                history.redeliver(event, history.lastSequence(), history.lastTimestamp());
            }
        }
        return history;
    }
}
