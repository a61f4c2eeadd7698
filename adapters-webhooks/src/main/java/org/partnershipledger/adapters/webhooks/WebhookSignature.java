package org.partnershipledger.adapters.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The signature a receiver checks (ADR 021): HMAC-SHA256, keyed with the subscriber's secret, over
 * {@code <timestamp>.<body>}, where the timestamp is the attempt's time in Unix seconds and the body the exact bytes
 * POSTed. It travels as {@value #HEADER}: {@code t=<timestamp>,v1=<lowercase hex>}. Signing the timestamp with the
 * body lets a receiver refuse an old request replayed by someone who captured it: {@link #verify} accepts only a
 * timestamp within a tolerance of its own clock.
 */
public final class WebhookSignature {

    public static final String HEADER = "Ledger-Signature";
    public static final String DELIVERY_ID_HEADER = "Ledger-Delivery-Id";
    public static final String TIMESTAMP_HEADER = "Ledger-Timestamp";
    public static final String EVENT_TYPE_HEADER = "Ledger-Event-Type";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The lowercase hex HMAC-SHA256 of {@code <timestamp>.<body>} under the secret. */
    public static String hmac(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] signed = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The value of the {@value #HEADER} header. */
    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
    }

    /**
     * What a receiver does: parse the header, refuse a timestamp further than {@code tolerance} from {@code now}, and
     * compare the signature in constant time.
     */
    public static boolean verify(String secret, String header, String body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (pair[0].equals("v1")) {
                signature = pair[1];
            }
        }
        if (timestamp == null || signature == null
                || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
