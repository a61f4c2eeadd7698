package org.partnershipledger.adapters.persistence.rebuild;

import org.postgresql.copy.CopyOut;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * The rows of a {@code COPY ... TO STDOUT (FORMAT binary)}, one at a time, each field read by position: PostgreSQL's
 * binary copy format (a signature and header before the first row, then per row a field count and each field's length
 * and bytes, -1 for NULL; a field count of -1 at the end). The driver hands over one row per copy message. Text
 * arrives in the connection's client encoding, which the driver sets to UTF-8.
 */
final class BinaryCopyRows {

    /** The signature, the flags and the length of the header extension, before the extension itself. */
    private static final int HEADER = 19;

    private final CopyOut copy;
    private boolean headerRead;
    private ByteBuffer row;
    private int fieldsLeft;

    BinaryCopyRows(CopyOut copy) {
        this.copy = copy;
    }

    /** Moves to the next row; false at the end of the copy. */
    boolean next() throws SQLException {
        for (byte[] message = copy.readFromCopy(); message != null; message = copy.readFromCopy()) {
            row = ByteBuffer.wrap(message);
            if (!headerRead) {
                row.position(HEADER + row.getInt(HEADER - 4));
                headerRead = true;
            }
            fieldsLeft = row.getShort();
            if (fieldsLeft >= 0) {
                return true;
            }
        }
        return false;
    }

    long int8() {
        int length = length();
        if (length != Long.BYTES) {
            throw new IllegalStateException("a bigint of " + length + " bytes");
        }
        return row.getLong();
    }

    String text() {
        byte[] bytes = bytes();
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        int length = length();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        row.get(bytes);
        return bytes;
    }

    private int length() {
        if (fieldsLeft-- <= 0) {
            throw new IllegalStateException("read past the last field of the row");
        }
        return row.getInt();
    }
}
