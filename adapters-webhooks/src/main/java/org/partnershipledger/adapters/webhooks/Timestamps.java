package org.partnershipledger.adapters.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns, alike on H2 and PostgreSQL and in any JVM zone. */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
