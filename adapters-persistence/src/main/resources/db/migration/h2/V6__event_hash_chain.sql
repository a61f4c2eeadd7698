-- Tamper evidence (ADR 013): a SHA-256 hash chain over domain_event_entry, extended by the chainer from the stored
-- rows in global-index order, with checkpoints for operators to copy out of the database. Same shape as PostgreSQL.

-- The one row every chainer locks (SELECT ... FOR UPDATE) before it extends the chain, so that one node at a time
-- does. observed_index and observed_at record when a missing global index was first seen below a stored event: every
-- index below observed_index had been taken from the sequence by observed_at, so a hole below it that is still empty
-- after the gap timeout is recorded as a gap.
CREATE TABLE hash_chain_head (
    chain_id           INTEGER                  NOT NULL,
    links              BIGINT                   NOT NULL,
    last_global_index  BIGINT                   NOT NULL,
    last_link          VARCHAR(64),
    observed_index     BIGINT,
    observed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT hash_chain_head_pk PRIMARY KEY (chain_id),
    CONSTRAINT hash_chain_head_one_row CHECK (chain_id = 1)
);
INSERT INTO hash_chain_head (chain_id, links, last_global_index) VALUES (1, 0, 0);

-- One row per chained event: its place in the chain (1, 2, 3, ... without gaps), who it was when chained, and the
-- link. Positions follow global indexes: the chain never goes back to an index it passed.
CREATE TABLE hash_chain_link (
    chain_position        BIGINT                   NOT NULL,
    global_index          BIGINT                   NOT NULL,
    event_identifier      VARCHAR(255)             NOT NULL,
    aggregate_identifier  VARCHAR(255)             NOT NULL,
    sequence_number       BIGINT                   NOT NULL,
    link                  VARCHAR(64)              NOT NULL,
    chained_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hash_chain_link_pk PRIMARY KEY (chain_position),
    CONSTRAINT hash_chain_link_global_index_uk UNIQUE (global_index)
);

-- Global indexes taken from the sequence that were still empty when the gap timeout ran out (rolled back transactions),
-- as the chainer found them. An event that appears in one later was stored after the chain passed: a finding.
CREATE TABLE hash_chain_gap (
    first_index  BIGINT                   NOT NULL,
    last_index   BIGINT                   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hash_chain_gap_pk PRIMARY KEY (first_index)
);

-- The link at a position, noted every so many links and on a schedule, for operators to keep elsewhere.
CREATE TABLE hash_chain_checkpoint (
    chain_position  BIGINT                   NOT NULL,
    global_index    BIGINT                   NOT NULL,
    link            VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT hash_chain_checkpoint_pk PRIMARY KEY (chain_position)
);
