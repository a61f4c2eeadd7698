package org.partnershipledger.adapters.webhooks;

import org.partnershipledger.application.notification.DeliveryNotParkedException;
import org.partnershipledger.application.notification.DeliveryStatus;
import org.partnershipledger.application.notification.WebhookDeliveries;
import org.partnershipledger.application.notification.WebhookDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries in {@code webhook_delivery}: what administrators read and retry, and the queue the worker claims
 * from. A claim is an update conditional on the row's {@code version}, so that of two workers (two nodes) that see the
 * same due delivery only one owns it; the claim moves its next attempt past the lease, so that a delivery whose worker
 * died mid-attempt becomes due again by itself.
 */
public class JdbcWebhookDeliveries implements WebhookDeliveries {

    private static final String COLUMNS = """
            delivery_id, subscription_id, event_id, event_type, aggregate_id, status, attempts, created_at,
            next_attempt_at, last_attempt_at, last_error, delivered_at""";
    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcWebhookDeliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A delivery a worker owns until its lease ends, with what it takes to send it. */
    record Claimed(String id, long version, int attempts, String eventType, String body, String url, String secret) {
    }

    @Override
    public List<WebhookDelivery> list(DeliveryStatus status, String subscriptionId, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM webhook_delivery WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (subscriptionId != null) {
            sql.append(" AND subscription_id = ?");
            params.add(subscriptionId);
        }
        sql.append(" ORDER BY created_at DESC, delivery_id LIMIT ? OFFSET ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(JdbcWebhookDeliveries::delivery).list();
    }

    @Override
    public Optional<WebhookDelivery> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE delivery_id = ?")
                .param(id)
                .query(JdbcWebhookDeliveries::delivery)
                .optional();
    }

    @Override
    public Optional<WebhookDelivery> retry(String id) {
        Optional<WebhookDelivery> delivery = find(id);
        if (delivery.isEmpty()) {
            return delivery;
        }
        int requeued = jdbc.sql("""
                        UPDATE webhook_delivery SET status = ?, attempts = 0, next_attempt_at = ?, version = version + 1
                         WHERE delivery_id = ? AND status = ?""")
                .params(DeliveryStatus.PENDING.name(), Timestamps.column(clock.instant()), id,
                        DeliveryStatus.PARKED.name())
                .update();
        if (requeued == 0) {
            throw new DeliveryNotParkedException(id, find(id).map(WebhookDelivery::status)
                    .orElse(delivery.get().status()));
        }
        return find(id);
    }

    // ---- the worker's queue ---------------------------------------------------------------------------------------

    /** Claims up to {@code limit} due deliveries of subscribers still registered, each for {@code lease}. */
    List<Claimed> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        List<Claimed> due = jdbc.sql("""
                        SELECT d.delivery_id, d.version, d.attempts, d.event_type, d.body, s.url, s.secret
                          FROM webhook_delivery d
                          JOIN webhook_subscription s ON s.subscription_id = d.subscription_id
                         WHERE d.status = ? AND d.next_attempt_at <= ? AND s.removed_at IS NULL
                         ORDER BY d.next_attempt_at, d.delivery_id LIMIT ?""")
                .params(DeliveryStatus.PENDING.name(), Timestamps.column(now), limit)
                .query((rs, row) -> new Claimed(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        List<Claimed> claimed = new ArrayList<>();
        for (Claimed delivery : due) {
            int won = jdbc.sql("""
                            UPDATE webhook_delivery SET version = version + 1, next_attempt_at = ?
                             WHERE delivery_id = ? AND version = ? AND status = ?""")
                    .params(Timestamps.column(now.plus(lease)), delivery.id(), delivery.version(),
                            DeliveryStatus.PENDING.name())
                    .update();
            if (won == 1) {
                claimed.add(new Claimed(delivery.id(), delivery.version() + 1, delivery.attempts(),
                        delivery.eventType(), delivery.body(), delivery.url(), delivery.secret()));
            }
        }
        return claimed;
    }

    void delivered(Claimed delivery, Instant at) {
        jdbc.sql("""
                        UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?,
                               delivered_at = ?, next_attempt_at = NULL, last_error = NULL, version = version + 1
                         WHERE delivery_id = ? AND version = ?""")
                .params(DeliveryStatus.DELIVERED.name(), Timestamps.column(at), Timestamps.column(at), delivery.id(),
                        delivery.version())
                .update();
    }

    /** @param nextAttemptAt when to try again, or {@code null} to park the delivery */
    void failed(Claimed delivery, Instant at, String error, Instant nextAttemptAt) {
        DeliveryStatus status = nextAttemptAt == null ? DeliveryStatus.PARKED : DeliveryStatus.PENDING;
        jdbc.sql("""
                        UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?,
                               next_attempt_at = ?, last_error = ?, version = version + 1
                         WHERE delivery_id = ? AND version = ?""")
                .params(status.name(), Timestamps.column(at), Timestamps.column(nextAttemptAt), truncate(error),
                        delivery.id(), delivery.version())
                .update();
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
        return new WebhookDelivery(rs.getString("delivery_id"), rs.getString("subscription_id"),
                rs.getString("event_id"), rs.getString("event_type"), rs.getString("aggregate_id"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "next_attempt_at"),
                Timestamps.instant(rs, "last_attempt_at"), rs.getString("last_error"),
                Timestamps.instant(rs, "delivered_at"));
    }
}
