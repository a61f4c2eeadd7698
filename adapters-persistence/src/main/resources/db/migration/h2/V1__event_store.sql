-- Axon's event store, token store and snapshot table, named in snake_case (see ADR 002).
-- Same shape as the PostgreSQL schema; global_index comes from a sequence that hands out one number at a time.
CREATE SEQUENCE domain_event_entry_global_index_seq AS BIGINT START WITH 1 INCREMENT BY 1 NO CACHE;

CREATE TABLE domain_event_entry (
    global_index          BIGINT         NOT NULL DEFAULT NEXT VALUE FOR domain_event_entry_global_index_seq,
    event_identifier      VARCHAR(255)   NOT NULL,
    aggregate_identifier  VARCHAR(255)   NOT NULL,
    sequence_number       BIGINT         NOT NULL,
    type                  VARCHAR(255),
    time_stamp            VARCHAR(255)   NOT NULL,
    payload_type          VARCHAR(255)   NOT NULL,
    payload_revision      VARCHAR(255),
    payload               VARBINARY      NOT NULL,
    meta_data             VARBINARY,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier  VARCHAR(255)   NOT NULL,
    sequence_number       BIGINT         NOT NULL,
    type                  VARCHAR(255)   NOT NULL,
    event_identifier      VARCHAR(255)   NOT NULL,
    time_stamp            VARCHAR(255)   NOT NULL,
    payload_type          VARCHAR(255)   NOT NULL,
    payload_revision      VARCHAR(255),
    payload               VARBINARY      NOT NULL,
    meta_data             VARBINARY,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          VARBINARY,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    CONSTRAINT token_entry_pk PRIMARY KEY (processor_name, segment)
);
