package org.partnershipledger.adapters.webhooks;

import org.partnershipledger.application.notification.DeliveryStatus;
import org.partnershipledger.application.notification.NewWebhookSubscription;
import org.partnershipledger.application.notification.WebhookSubscription;
import org.partnershipledger.application.notification.WebhookSubscriptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscribers in {@code webhook_subscription} and the event types each asked for in {@code webhook_subscription_event}.
 * A removed subscriber keeps its row, marked removed, so that its past deliveries still name it.
 */
public class JdbcWebhookSubscriptions implements WebhookSubscriptions {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    public JdbcWebhookSubscriptions(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public WebhookSubscription subscribe(NewWebhookSubscription subscription) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            INSERT INTO webhook_subscription (subscription_id, url, secret, description, created_by,
                                                              created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, subscription.url().toString(), subscription.secret(), subscription.description(),
                            subscription.requestedBy(), Timestamps.column(now))
                    .update();
            for (String type : subscription.eventTypes()) {
                jdbc.sql("INSERT INTO webhook_subscription_event (subscription_id, event_type) VALUES (?, ?)")
                        .params(id, type)
                        .update();
            }
        });
        return find(id).orElseThrow();
    }

    @Override
    public List<WebhookSubscription> list(int page, int size) {
        return jdbc.sql("""
                        SELECT subscription_id, url, description, created_by, created_at FROM webhook_subscription
                         WHERE removed_at IS NULL ORDER BY created_at, subscription_id LIMIT ? OFFSET ?""")
                .params(size, (long) page * size)
                .query(this::row)
                .list().stream().map(this::withEventTypes).toList();
    }

    @Override
    public Optional<WebhookSubscription> find(String id) {
        return jdbc.sql("""
                        SELECT subscription_id, url, description, created_by, created_at FROM webhook_subscription
                         WHERE subscription_id = ? AND removed_at IS NULL""")
                .param(id)
                .query(this::row)
                .optional().map(this::withEventTypes);
    }

    @Override
    public boolean remove(String id) {
        Boolean removed = transactions.execute(status -> {
            int rows = jdbc.sql("""
                            UPDATE webhook_subscription SET removed_at = ?
                             WHERE subscription_id = ? AND removed_at IS NULL""")
                    .params(Timestamps.column(clock.instant()), id)
                    .update();
            jdbc.sql("""
                            UPDATE webhook_delivery SET status = ?, next_attempt_at = NULL, version = version + 1
                             WHERE subscription_id = ? AND status IN (?, ?)""")
                    .params(DeliveryStatus.CANCELLED.name(), id, DeliveryStatus.PENDING.name(),
                            DeliveryStatus.PARKED.name())
                    .update();
            return rows == 1;
        });
        return Boolean.TRUE.equals(removed);
    }

    /** Read after the row's result set is closed, so that no query holds two connections at once. */
    private WebhookSubscription withEventTypes(WebhookSubscription subscription) {
        List<String> types = jdbc.sql("""
                        SELECT event_type FROM webhook_subscription_event WHERE subscription_id = ?
                         ORDER BY event_type""")
                .param(subscription.id())
                .query(String.class)
                .list();
        return new WebhookSubscription(subscription.id(), subscription.url(), types, subscription.description(),
                subscription.createdBy(), subscription.createdAt());
    }

    private WebhookSubscription row(ResultSet rs, int row) throws SQLException {
        return new WebhookSubscription(rs.getString("subscription_id"), rs.getString("url"), List.of(),
                rs.getString("description"), rs.getString("created_by"), Timestamps.instant(rs, "created_at"));
    }
}
