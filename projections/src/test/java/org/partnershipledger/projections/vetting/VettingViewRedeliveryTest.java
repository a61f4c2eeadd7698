package org.partnershipledger.projections.vetting;

import org.junit.jupiter.api.Test;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.ReopeningReason;
import org.partnershipledger.domain.vetting.VettingDecision;
import org.partnershipledger.domain.vetting.events.VettingDecided;
import org.partnershipledger.projections.EventHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.vetting.VettingEvents.match;

/**
 * Issue 8, idempotent handlers: every handler of the vetting views, delivered an event again (a crash before the
 * token was stored, a retried batch or dead letter), leaves the view as a single delivery does.
 */
class VettingViewRedeliveryTest {

    private static final Instant OPENED_AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 10);

    @Test
    void every_event_delivered_twice_in_a_row_leaves_the_view_as_one_delivery_does() {
        VettingView once = deliver(false).find("v-1").orElseThrow();
        VettingView twice = deliver(true).find("v-1").orElseThrow();

        assertThat(twice).isEqualTo(once);
        assertThat(once.reopenings()).as("the history reached its end").hasSize(1);
    }

    @Test
    void the_whole_history_delivered_again_from_the_first_event_changes_nothing() {
        InMemoryVettingStore store = new InMemoryVettingStore();
        EventHistory history = new EventHistory(new VettingViewProjection(store), OPENED_AT);
        events().forEach(history::then);
        VettingView before = store.find("v-1").orElseThrow();

        history.redeliverAll();

        assertThat(store.find("v-1")).contains(before);
    }

    private static InMemoryVettingStore deliver(boolean eachTwice) {
        InMemoryVettingStore store = new InMemoryVettingStore();
        EventHistory history = new EventHistory(new VettingViewProjection(store), OPENED_AT);
        for (Object event : events()) {
            history.then(event);
            if (eachTwice) {
                history.redeliver(event, history.lastSequence(), history.lastTimestamp());
            }
        }
        return store;
    }

    private static List<Object> events() {
        VettingEvents events = new VettingEvents("v-1", "mtn", "MTN Group", PartnerType.CORPORATE, "p-1",
                VettingTier.ENHANCED);
        List<Object> all = new ArrayList<>();
        all.add(events.opened());
        all.add(events.screened(match("QDe.001")));
        all.add(events.dismissed("QDe.001"));
        all.addAll(List.of(events.allAssessed()));
        all.add(events.rated(2, 3));
        VettingDecided decided = events.decided(VettingDecision.CLEARED, DECIDED_ON);
        all.add(decided);
        all.add(events.reused("p-2", VettingTier.STANDARD, DECIDED_ON.plusDays(5), decided));
        all.add(events.reopened(ReopeningReason.SANCTIONS_LISTING, VettingDecision.CLEARED));
        return all;
    }
}
