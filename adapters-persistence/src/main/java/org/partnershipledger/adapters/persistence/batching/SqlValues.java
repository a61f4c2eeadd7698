package org.partnershipledger.adapters.persistence.batching;

import org.springframework.jdbc.core.SqlParameterValue;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Values for {@link TableRows} that may be null, with their SQL types named: the driver then need not ask the
 * database what type a null parameter is, and instants are written in UTC alike on H2 and PostgreSQL.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static SqlParameterValue text(String text) {
        return new SqlParameterValue(Types.VARCHAR, text);
    }

    public static SqlParameterValue text(Enum<?> value) {
        return text(value == null ? null : value.name());
    }

    public static SqlParameterValue date(LocalDate date) {
        return new SqlParameterValue(Types.DATE, date);
    }

    public static SqlParameterValue timestamp(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    public static SqlParameterValue integer(Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }

    public static SqlParameterValue bool(Boolean value) {
        return new SqlParameterValue(Types.BOOLEAN, value);
    }
}
