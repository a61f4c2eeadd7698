package org.partnershipledger.adapters.persistence.audit.chain;

import org.partnershipledger.application.audit.chain.StoredEvent;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads event rows exactly as stored: text as the database returns it, payload and metadata as raw bytes. */
final class EventRows {

    /** The columns {@link #read} expects, from {@code domain_event_entry} aliased {@code e}. */
    static final String COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number,"
            + " e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private EventRows() {
    }

    /** The event in the ten columns starting at {@code first}, or null when the row is absent (an outer join). */
    static StoredEvent read(ResultSet rs, int first) throws SQLException {
        long globalIndex = rs.getLong(first);
        if (rs.wasNull()) {
            return null;
        }
        long sequenceNumber = rs.getLong(first + 3);
        return new StoredEvent(globalIndex, rs.getString(first + 1), rs.getString(first + 2), sequenceNumber,
                rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 7),
                rs.getBytes(first + 8), rs.getBytes(first + 9));
    }
}
