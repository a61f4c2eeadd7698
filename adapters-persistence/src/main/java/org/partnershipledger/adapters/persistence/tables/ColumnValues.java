package org.partnershipledger.adapters.persistence.tables;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values as the read-model tables hold them, alike on H2 and PostgreSQL. */
public final class ColumnValues {

    private ColumnValues() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
