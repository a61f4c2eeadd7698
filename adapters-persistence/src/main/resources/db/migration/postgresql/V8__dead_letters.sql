-- The projections' dead-letter queue (ADR 022): Axon's JdbcSequencedDeadLetterQueue over EventStoreSchema.deadLetters(),
-- in snake_case like the event store. One table for every processing group; a row is one parked event, in the order of
-- its sequence (the aggregate it belongs to). Axon writes every time as ISO-8601 text, so those columns are VARCHAR,
-- as in Axon's own table; serialized data is BYTEA, never OID (see V1).
CREATE TABLE dead_letter_entry (
    dead_letter_id        VARCHAR(255)  NOT NULL,
    processing_group      VARCHAR(255)  NOT NULL,
    sequence_identifier   VARCHAR(255)  NOT NULL,
    sequence_index        BIGINT        NOT NULL,
    message_type          VARCHAR(255)  NOT NULL,
    event_identifier      VARCHAR(255)  NOT NULL,
    time_stamp            VARCHAR(255)  NOT NULL,
    payload_type          VARCHAR(255)  NOT NULL,
    payload_revision      VARCHAR(255),
    payload               BYTEA         NOT NULL,
    meta_data             BYTEA,
    aggregate_type        VARCHAR(255),
    aggregate_identifier  VARCHAR(255),
    sequence_number       BIGINT,
    token_type            VARCHAR(255),
    token                 BYTEA,
    enqueued_at           VARCHAR(255)  NOT NULL,
    last_touched          VARCHAR(255),
    processing_started    VARCHAR(255),
    cause_type            VARCHAR(255),
    cause_message         VARCHAR(1023),
    diagnostics           BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_id),
    CONSTRAINT dead_letter_entry_sequence_index_uk UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX dead_letter_entry_processing_group_ix ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence_ix ON dead_letter_entry (processing_group, sequence_identifier);
