package org.partnershipledger.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatementKindTest {

    /** Statements as pg_stat_statements normalises the service's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT document FROM partnership_view WHERE partnership_id = $1 | READ_MODEL_READS",
            "SELECT v.document FROM vetting_view v WHERE v.vetting_id = $1 FOR UPDATE | READ_MODEL_READS",
            "UPDATE partnership_view\\n   SET version = $1, title = $2\\n WHERE partnership_id = $3 | READ_MODEL_WRITES",
            "DELETE FROM partnership_view_partner WHERE partnership_id = $1 | READ_MODEL_WRITES",
            "insert into partner_registry_engagement (partner_id, vetting_id) values ($1, $2) | READ_MODEL_WRITES",
            "UPDATE token_entry SET owner = $1, timestamp = $2 WHERE processor_name = $3 AND segment = $4 | PROCESSING_STATE",
            "SELECT count(*) FROM dead_letter_entry WHERE processing_group = $1 AND sequence_identifier = $2 | PROCESSING_STATE",
            "SELECT s.subscription_id FROM webhook_subscription s JOIN webhook_subscription_event e ON true | WEBHOOKS",
            "INSERT INTO webhook_delivery (delivery_id, subscription_id) VALUES ($1, $2) | WEBHOOKS",
            "SELECT global_index, type FROM domain_event_entry e WHERE e.global_index > $1 ORDER BY e.global_index | EVENT_STORE",
            "INSERT INTO domain_event_entry (event_identifier) VALUES ($1) | EVENT_STORE",
            "BEGIN | TRANSACTION_CONTROL",
            "COMMIT | TRANSACTION_CONTROL",
            "ROLLBACK | TRANSACTION_CONTROL",
            "INSERT INTO idempotency_key (key, response) VALUES ($1, $2) | OTHER",
            "SELECT last_global_index FROM hash_chain_head | OTHER",
            "SELECT current_schema() | OTHER"})
    void a_statement_is_told_by_the_tables_it_names(String query, StatementKind kind) {
        assertThat(StatementKind.of(query.replace("\\n", "\n"))).isEqualTo(kind);
    }

    @Test
    void a_table_whose_name_only_begins_like_a_read_model_is_not_one() {
        assertThat(StatementKind.of("SELECT * FROM partnership_views_archive")).isEqualTo(StatementKind.OTHER);
    }

    @Test
    void read_models_processing_state_and_webhooks_are_the_processors_work() {
        assertThat(StatementKind.values()).filteredOn(StatementKind::processors).containsExactly(
                StatementKind.READ_MODEL_READS, StatementKind.READ_MODEL_WRITES, StatementKind.PROCESSING_STATE,
                StatementKind.WEBHOOKS);
    }
}
