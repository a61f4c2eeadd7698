package org.partnershipledger.projections.vetting;

import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.projections.EventHistory;
import org.partnershipledger.testsupport.MutableClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.vetting.PartnershipFacts.partner;

/**
 * Issue 8, idempotent handlers: every handler of the partner registry, delivered an event again (a crash before the
 * token was stored, a retried batch or dead letter), leaves the partnership's document and its engagements as a single
 * delivery does.
 */
class PartnerRegistryRedeliveryTest {

    private static final Instant PROPOSED_AT = Instant.parse("2026-01-05T08:00:00Z");
    private static final PartnerProfile TOSTAN = partner("tostan", "Tostan", PartnerType.CSO);
    private static final PartnerProfile GAVI = partner("gavi", "Gavi", PartnerType.GPP);
    private static final PartnerProfile MTN = partner("mtn", "MTN Group", PartnerType.CORPORATE);

    @Test
    void every_event_delivered_twice_in_a_row_leaves_the_registry_as_one_delivery_does() {
        InMemoryVettingStore once = deliver(false);
        InMemoryVettingStore twice = deliver(true);

        assertThat(twice.partnerships().find("p-1")).isEqualTo(once.partnerships().find("p-1"));
        assertThat(twice.engagementsOf(List.of("tostan", "gavi", "mtn")))
                .isEqualTo(once.engagementsOf(List.of("tostan", "gavi", "mtn")));
        assertThat(once.partnerships().find("p-1").orElseThrow().title()).as("the history reached its end")
                .isEqualTo("Girls' education");
    }

    @Test
    void the_whole_history_delivered_again_from_the_first_event_changes_nothing() {
        InMemoryVettingStore store = new InMemoryVettingStore();
        EventHistory history = history(store, false);
        RegistryPartnership before = store.partnerships().find("p-1").orElseThrow();

        history.redeliverAll();

        assertThat(store.partnerships().find("p-1")).contains(before);
    }

    private static InMemoryVettingStore deliver(boolean eachTwice) {
        InMemoryVettingStore store = new InMemoryVettingStore();
        history(store, eachTwice);
        return store;
    }

    private static EventHistory history(InMemoryVettingStore store, boolean eachTwice) {
        PartnerRegistryProjection registry = new PartnerRegistryProjection(store.partnerships(), store,
                new MutableClock(LocalDate.of(2026, 9, 15)));
        PartnershipFacts facts = new PartnershipFacts(registry, "p-1", PROPOSED_AT);
        EventHistory history = new EventHistory(registry, PROPOSED_AT);
        Object[] all = {facts.proposed("Girls education", TOSTAN, GAVI), facts.joined(MTN), facts.left("gavi"),
                facts.returnedToProposed(), facts.vetted(), facts.agreed(), facts.underCorrection(), facts.corrected(),
                facts.corrected(RecordedFact.PARTNER_NAME, "tostan", "Tostan", "Tostan International"),
                facts.corrected(RecordedFact.TITLE, null, "Girls education", "Girls' education"),
                facts.concluded(), facts.renewed(), facts.discontinued()};
        for (Object event : all) {
            history.then(event);
            if (eachTwice) {
                history.redeliver(event, history.lastSequence(), history.lastTimestamp());
            }
        }
        return history;
    }
}
