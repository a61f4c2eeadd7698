package org.partnershipledger.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a statement of the service is for, told from its text as {@code pg_stat_statements} keeps it, by the tables it
 * names (the migrations under {@code db/migration/postgresql}). The first four kinds are the event processors' work:
 * their read models, their tokens and dead letters, and the webhook outbox the notifications processor fills. The
 * read-model reads include the HTTP queries' own, which run the same statements: an upper bound for the processors.
 */
enum StatementKind {
    READ_MODEL_READS("read-model reads", true),
    READ_MODEL_WRITES("read-model writes", true),
    PROCESSING_STATE("tokens and dead letters", true),
    WEBHOOKS("webhook outbox", true),
    EVENT_STORE("event store", false),
    TRANSACTION_CONTROL("begin / commit / rollback", false),
    OTHER("other", false);

    private static final Pattern READ_MODEL_TABLES = tables("partnership_view", "partnership_view_partner",
            "partnership_view_open_action", "vetting_view", "vetting_view_reliance", "partner_registry_partnership",
            "partner_registry_engagement");
    private static final Pattern PROCESSING_STATE_TABLES = tables("token_entry", "dead_letter_entry");
    private static final Pattern WEBHOOK_TABLES = tables("webhook_subscription", "webhook_subscription_event",
            "webhook_delivery");
    private static final Pattern EVENT_STORE_TABLES = tables("domain_event_entry", "snapshot_event_entry");
    private static final Pattern CHANGE = Pattern.compile(
            "\\b(insert\\s+into|update\\s+[\\w.\"]+\\s+set|delete\\s+from|merge\\s+into|truncate)\\b");
    private static final Pattern TRANSACTION = Pattern.compile(
            "^(begin|commit|rollback|savepoint|release|start\\s+transaction|end|abort)\\b");

    private final String label;
    private final boolean processors;

    StatementKind(String label, boolean processors) {
        this.label = label;
        this.processors = processors;
    }

    static StatementKind of(String query) {
        String sql = query.strip().toLowerCase(Locale.ROOT);
        if (READ_MODEL_TABLES.matcher(sql).find()) {
            return CHANGE.matcher(sql).find() ? READ_MODEL_WRITES : READ_MODEL_READS;
        }
        if (PROCESSING_STATE_TABLES.matcher(sql).find()) {
            return PROCESSING_STATE;
        }
        if (WEBHOOK_TABLES.matcher(sql).find()) {
            return WEBHOOKS;
        }
        if (EVENT_STORE_TABLES.matcher(sql).find()) {
            return EVENT_STORE;
        }
        return TRANSACTION.matcher(sql).find() ? TRANSACTION_CONTROL : OTHER;
    }

    String label() {
        return label;
    }

    /** Whether statements of this kind are the event processors' work. */
    boolean processors() {
        return processors;
    }

    private static Pattern tables(String... names) {
        return Pattern.compile("\\b(" + String.join("|", List.of(names)) + ")\\b");
    }
}
