-- Webhook subscribers and the outbox of their deliveries (ADR 020, 021). Owned by adapters-webhooks; Flyway reads this
-- location in every module's jar, so the version number is shared with adapters-persistence's migrations.
CREATE TABLE webhook_subscription (
    subscription_id VARCHAR(36)              NOT NULL,
    url             VARCHAR(2000)            NOT NULL,
    -- The HMAC key: needed in clear to sign, never answered by the API.
    secret          VARCHAR(256)             NOT NULL,
    description     VARCHAR(500)             NOT NULL,
    created_by      VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_subscription_pk PRIMARY KEY (subscription_id)
);

CREATE TABLE webhook_subscription_event (
    subscription_id VARCHAR(36)  NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    CONSTRAINT webhook_subscription_event_pk PRIMARY KEY (subscription_id, event_type),
    CONSTRAINT webhook_subscription_event_fk FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (subscription_id)
);
CREATE INDEX webhook_subscription_event_type_ix ON webhook_subscription_event (event_type);

-- One row per event and subscriber, written in the event processor's transaction; the body is rendered once, so that
-- every attempt sends the same bytes. version changes with every claim, so that two workers never both own a row.
CREATE TABLE webhook_delivery (
    delivery_id     VARCHAR(36)              NOT NULL,
    subscription_id VARCHAR(36)              NOT NULL,
    event_id        VARCHAR(255)             NOT NULL,
    event_type      VARCHAR(100)             NOT NULL,
    aggregate_id    VARCHAR(255)             NOT NULL,
    body            TEXT                     NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (delivery_id),
    CONSTRAINT webhook_delivery_subscription_fk FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (subscription_id)
);
CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_subscription_ix ON webhook_delivery (subscription_id, status);
CREATE INDEX webhook_delivery_created_ix ON webhook_delivery (created_at);
