package org.partnershipledger.adapters.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "whsec-test-0123456789";
    private static final String BODY = "{\"eventType\":\"PartnershipProposed\"}";
    private static final long TIMESTAMP = 1767225600L;
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void the_signature_is_hmac_sha256_of_timestamp_dot_body_in_lowercase_hex() {
        // Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'whsec-test-0123456789',
        //   b'1767225600.{\"eventType\":\"PartnershipProposed\"}', hashlib.sha256).hexdigest())"
        assertThat(WebhookSignature.hmac(SECRET, TIMESTAMP, BODY))
                .isEqualTo("adc326879a14af19170c701d284534c84156c6104dd34501a5107bca4bb5b692");
        assertThat(WebhookSignature.header(SECRET, TIMESTAMP, BODY))
                .isEqualTo("t=1767225600,v1=adc326879a14af19170c701d284534c84156c6104dd34501a5107bca4bb5b692");
    }

    @Test
    void a_receiver_accepts_the_signed_body_within_the_tolerance() {
        String header = WebhookSignature.header(SECRET, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, THEN.plusSeconds(299), TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, THEN.minusSeconds(299), TOLERANCE)).isTrue();
    }

    @Test
    void a_changed_body_another_secret_or_a_forged_timestamp_is_refused() {
        String header = WebhookSignature.header(SECRET, TIMESTAMP, BODY);
        String movedTimestamp = header.replace("t=1767225600", "t=1767225660");

        assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("Proposed", "Vetted"), THEN, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignature.verify("another-secret-0123456789", header, BODY, THEN, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, movedTimestamp, BODY, THEN, TOLERANCE)).isFalse();
    }

    @Test
    void a_request_replayed_after_the_tolerance_is_refused() {
        String header = WebhookSignature.header(SECRET, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, THEN.plusSeconds(301), TOLERANCE)).isFalse();
    }

    @Test
    void a_missing_or_malformed_header_is_refused() {
        assertThat(WebhookSignature.verify(SECRET, null, BODY, THEN, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=abc", BODY, THEN, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=soon,v1=abc", BODY, THEN, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=1767225600", BODY, THEN, TOLERANCE)).isFalse();
    }
}
