package org.partnershipledger.adapters.persistence.idempotency;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.application.idempotency.IdempotencyStore;
import org.partnershipledger.application.idempotency.KeyClaim;
import org.partnershipledger.application.idempotency.StoredResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

/**
 * Keeps idempotency keys in {@code idempotency_key}. The primary key decides between concurrent first requests: one
 * insert wins, the others find its row. Each statement commits on its own, outside any business transaction, so that
 * a claim is visible to a concurrent retry at once.
 */
public class JdbcIdempotencyStore implements IdempotencyStore {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcIdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public KeyClaim claim(String caller, String key, String requestFingerprint) {
        try {
            jdbc.sql("""
                            INSERT INTO idempotency_key (caller, idempotency_key, request_fingerprint, claimed_at)
                            VALUES (?, ?, ?, ?)""")
                    .params(caller, key, requestFingerprint, Timestamp.from(clock.instant()))
                    .update();
            return new KeyClaim.Granted();
        } catch (DuplicateKeyException alreadyClaimed) {
            return existing(caller, key, requestFingerprint);
        }
    }

    private KeyClaim existing(String caller, String key, String requestFingerprint) {
        return jdbc.sql("""
                        SELECT request_fingerprint, response_status, response_headers, response_body
                          FROM idempotency_key WHERE caller = ? AND idempotency_key = ?""")
                .params(caller, key)
                .query((rs, row) -> {
                    if (!rs.getString(1).equals(requestFingerprint)) {
                        return (KeyClaim) new KeyClaim.ReusedForAnotherRequest();
                    }
                    int status = rs.getInt(2);
                    if (rs.wasNull()) {
                        return new KeyClaim.InProgress();
                    }
                    return new KeyClaim.Replay(new StoredResponse(status,
                            ReadModelJson.read(rs.getString(3), HEADERS), rs.getBytes(4)));
                })
                .optional()
                // Released between our insert and our read: the key is free again, so claim it afresh.
                .orElseGet(() -> claim(caller, key, requestFingerprint));
    }

    @Override
    public void complete(String caller, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = ?, response_headers = ?, response_body = ?
                         WHERE caller = ? AND idempotency_key = ?""")
                .params(response.status(), ReadModelJson.write(response.headers()), response.body(), caller, key)
                .update();
    }

    @Override
    public void release(String caller, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE caller = ? AND idempotency_key = ? AND response_status IS NULL")
                .params(caller, key)
                .update();
    }
}
