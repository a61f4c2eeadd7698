package org.partnershipledger.app.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnershipledger.app.support.ApiClient;
import org.partnershipledger.app.support.ApiClient.Response;
import org.partnershipledger.app.support.VettingSteps;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold once the processors of a crashed or scaled-out service have caught up with the event store: the read
 * models equal a fold of it, reads show the aggregates' last versions, the vetting process acted once per partner,
 * and the statistics count what the events say.
 */
final class ReadModelChecks {

    private final LedgerSchema database;
    private final ApiClient api;
    private EventStoreFold.Comparison fold;

    ReadModelChecks(LedgerSchema database, ApiClient api) {
        this.database = database;
        this.api = api;
    }

    /** Every read-model table of the service equals, row for row, the same table folded from the event store. */
    void readModelsEqualAFoldOfTheEventStore(String url) {
        assertThat(tables()).as("every table is a read model compared below, or known not to be one")
                .containsExactlyInAnyOrderElementsOf(union(ReplayAndEvolutionContract.READ_MODEL_TABLES.keySet(),
                        ReplayAndEvolutionContract.NOT_READ_MODELS));
        fold = EventStoreFold.fold(url);
        assertThat(fold.events()).as("the fold read every stored event")
                .isEqualTo(database.jdbc().sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single());
        ReplayAndEvolutionContract.READ_MODEL_TABLES.keySet().forEach(table ->
                assertThat(fold.live().get(table)).as(table + ", row for row against the fold of the event store")
                        .containsExactlyElementsOf(fold.folded().get(table)));
        assertThat(fold.live().get("partnership_view")).as("the comparison compared something").isNotEmpty();
    }

    /** The detail of each partnership answers the sequence number of its last stored event as its version. */
    void everyPartnershipReadsAtItsLastSequenceNumber(List<String> partnerships) {
        assertThat(partnerships).isNotEmpty().allSatisfy(id -> {
            Response view = api.get("auditor", "/api/partnerships/" + id);
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            long last = database.lastSequenceOf(id);
            assertThat(view.json().get("version").asLong()).as(id).isEqualTo(last);
            assertThat(view.header("ETag")).isEqualTo("\"" + last + "\"");
        });
    }

    /**
     * Every partner that ever took part in a partnership (from the fold of the event store) has the vetting the
     * process opens for it, opened once and screened once: the process neither skipped an event nor acted twice on
     * one, across the kill or the hand-over of its segments.
     */
    void theVettingProcessActedExactlyOncePerPartner() {
        List<Map<String, String>> partners = fold.folded().get("partner_registry_engagement");
        assertThat(partners).isNotEmpty().allSatisfy(partner -> {
            String vetting = VettingSteps.vettingIdFor(partner.get("partnership_id"), partner.get("partner_id"));
            assertThat(database.eventsOf(vetting, "VettingOpened")).as("vetting of " + partner).isEqualTo(1);
            assertThat(database.eventsOf(vetting, "SanctionsScreeningRecorded")).as("screening of " + partner)
                    .isEqualTo(1);
        });
        assertThat(database.events("VettingOpened")).as("no vetting beyond those").isEqualTo(partners.size());
    }

    /** Counts per stage as the events say: every proposal counted once, withdrawn ones apart. */
    void statisticsCountWhatTheEventsSay() {
        long proposed = database.events("PartnershipProposed");
        long withdrawn = database.events("ProposalWithdrawn");
        Response answer = api.get("auditor", "/api/partnership-statistics");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode statistics = answer.json();
        long total = 0;
        for (JsonNode count : statistics.get("countsByStatus")) {
            total += count.asLong();
        }
        assertThat(total).as("each partnership counted once: " + statistics).isEqualTo(proposed);
        assertThat(statistics.get("withdrawnProposals").asLong()).isEqualTo(withdrawn);
        assertThat(statistics.get("countsByStatus").get("PROPOSED").asLong()).isEqualTo(proposed - withdrawn);
    }

    private Set<String> tables() {
        return new TreeSet<>(database.jdbc().sql("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'")
                .query(String.class).list());
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }
}
