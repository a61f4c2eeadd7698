-- Idempotency keys of POST requests and the first answer given under each, so that a retry, even after a restart,
-- gets that answer again. A row without a status is a request still in progress.
CREATE TABLE idempotency_key (
    caller              VARCHAR(200) NOT NULL,
    idempotency_key     VARCHAR(200) NOT NULL,
    request_fingerprint VARCHAR(64)  NOT NULL,
    claimed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status     INTEGER,
    response_headers    CLOB,
    response_body       VARBINARY,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_key_claimed_at_ix ON idempotency_key (claimed_at);
