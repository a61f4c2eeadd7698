package org.partnershipledger.application.audit.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one definition of a link of the hash chain (ADR 013, {@code docs/tamper-evidence.md}):
 *
 * <pre>
 * link = SHA-256( field(global_index) field(event_identifier) field(aggregate_identifier) field(sequence_number)
 *                 field(type) field(payload_type) field(payload_revision) field(time_stamp)
 *                 field(payload) field(meta_data) field(previous link) )
 * field(null)  = FF FF FF FF
 * field(bytes) = length of bytes as 4 bytes, big-endian, then the bytes
 * </pre>
 *
 * Numbers are their decimal digits in ASCII, text is UTF-8, payload and metadata are the stored bytes, and the
 * previous link is its 32 bytes; the first link's previous link is {@link #genesis()}, the SHA-256 of
 * {@value #GENESIS_LABEL} in ASCII. Links are written as 64 lower-case hexadecimal digits. The length prefixes make
 * the encoding unambiguous: no two different rows give the same bytes to hash.
 */
public final class ChainLinks {

    /** What the genesis value is the SHA-256 of; changing it would start another chain. */
    public static final String GENESIS_LABEL = "partnership-ledger/event-hash-chain/v1";

    private static final HexFormat HEX = HexFormat.of();
    private static final String GENESIS = HEX.formatHex(digest().digest(GENESIS_LABEL.getBytes(StandardCharsets.US_ASCII)));

    private ChainLinks() {
    }

    /** The previous link of the first link. */
    public static String genesis() {
        return GENESIS;
    }

    /** The link of {@code event} after {@code previousLink} (hexadecimal, as stored). */
    public static String link(String previousLink, StoredEvent event) {
        MessageDigest sha256 = digest();
        field(sha256, ascii(event.globalIndex()));
        field(sha256, utf8(event.eventIdentifier()));
        field(sha256, utf8(event.aggregateIdentifier()));
        field(sha256, ascii(event.sequenceNumber()));
        field(sha256, utf8(event.type()));
        field(sha256, utf8(event.payloadType()));
        field(sha256, utf8(event.payloadRevision()));
        field(sha256, utf8(event.timestamp()));
        field(sha256, event.payload());
        field(sha256, event.metadata());
        field(sha256, HEX.parseHex(previousLink));
        return HEX.formatHex(sha256.digest());
    }

    /** Whether {@code text} is written as a link is: 64 lower-case hexadecimal digits. */
    public static boolean isLink(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }

    private static void field(MessageDigest sha256, byte[] value) {
        if (value == null) {
            sha256.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        sha256.update(ByteBuffer.allocate(4).putInt(value.length).array());
        sha256.update(value);
    }

    private static byte[] ascii(long number) {
        return Long.toString(number).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
