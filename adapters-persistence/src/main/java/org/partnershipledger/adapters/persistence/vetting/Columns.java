package org.partnershipledger.adapters.persistence.vetting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/** How the vetting stores read instants and match user text, alike on H2 and PostgreSQL. */
final class Columns {

    private Columns() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A user's text matched literally anywhere, ignoring case: {@code %} and {@code _} are not wildcards. */
    static String containing(String text) {
        String literal = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
