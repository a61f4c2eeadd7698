package org.partnershipledger.adapters.persistence.rebuild;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The version of each projection's read-model shape that its tables hold, in {@code read_model_version} (ADR 027).
 * Every statement joins the caller's transaction, so a rebuild's swap records the version it built together with
 * the rows.
 */
public final class ReadModelVersions {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReadModelVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Integer> recorded(String processingGroup) {
        return jdbc.sql("SELECT schema_version FROM read_model_version WHERE processing_group = ?")
                .param(processingGroup).query(Integer.class).optional();
    }

    public void record(String processingGroup, int schemaVersion) {
        jdbc.sql("DELETE FROM read_model_version WHERE processing_group = ?").param(processingGroup).update();
        jdbc.sql("INSERT INTO read_model_version (processing_group, schema_version, recorded_at) VALUES (?, ?, ?)")
                .params(processingGroup, schemaVersion, Timestamp.from(clock.instant()))
                .update();
    }
}
