package org.partnershipledger.adapters.persistence.rebuild;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values as the JDBC stores bind them. */
final class Rows {

    private Rows() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
