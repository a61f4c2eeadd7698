-- The partnership read model. Columns that the portfolio filters and sorts on are kept as columns; the whole view is
-- kept as a JSON document so that adding a field to the view needs no migration, only a replay.
CREATE TABLE partnership_view (
    partnership_id  VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    title           VARCHAR(500) NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    form            VARCHAR(32)  NOT NULL,
    lead_office     VARCHAR(32)  NOT NULL,
    proposed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    document        CLOB         NOT NULL,
    CONSTRAINT partnership_view_pk PRIMARY KEY (partnership_id)
);
CREATE INDEX partnership_view_status_ix ON partnership_view (status);
CREATE INDEX partnership_view_lead_office_ix ON partnership_view (lead_office);
