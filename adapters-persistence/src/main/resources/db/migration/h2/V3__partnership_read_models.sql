-- The partnership read models of issue 3 (ADR 008): the detail view stays one JSON document, and beside it the index
-- that the portfolio filters, sorts and pages on, that the review calendar ranges over by date and that the statistics
-- count: columns of partnership_view, plus a row per current partner and per open corrective action.
--
-- The table of V2 is rebuilt rather than altered, and the token of its processor is removed: Axon then replays every
-- partnership event into the new shape. Views written before this migration lack the new fields and index, and a
-- read model is rebuilt by replay, never patched (ADR 005).
--
-- Text people write (titles, purposes, names, descriptions) has no length limit, as in the events it comes from
-- (VARCHAR without a length is H2's longest character string): a long title must never stop the processor.
DELETE FROM token_entry WHERE processor_name = 'partnership-views';
DROP TABLE partnership_view;

CREATE TABLE partnership_view (
    partnership_id          VARCHAR(255)             NOT NULL,
    version                 BIGINT                   NOT NULL,
    title                   VARCHAR                  NOT NULL,
    purpose                 VARCHAR                  NOT NULL,
    status                  VARCHAR(32)              NOT NULL,
    form                    VARCHAR(32)              NOT NULL,
    lead_office             VARCHAR(64)              NOT NULL,
    proposed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    agreed_on               DATE,
    next_review_due         DATE,
    corrective_plan_due     DATE,
    days_to_agreement       INTEGER,
    discontinuation_reason  VARCHAR(32),
    withdrawn               BOOLEAN                  NOT NULL,
    summary                 CLOB                     NOT NULL,
    document                CLOB                     NOT NULL,
    CONSTRAINT partnership_view_pk PRIMARY KEY (partnership_id)
);
CREATE INDEX partnership_view_status_ix ON partnership_view (status);
CREATE INDEX partnership_view_lead_office_ix ON partnership_view (lead_office);
CREATE INDEX partnership_view_proposed_at_ix ON partnership_view (proposed_at);
CREATE INDEX partnership_view_next_review_due_ix ON partnership_view (next_review_due);
CREATE INDEX partnership_view_corrective_plan_due_ix ON partnership_view (corrective_plan_due);

-- One row per current partner: a partnership with several partners matches the partner-type filter and the text
-- search through any of them.
CREATE TABLE partnership_view_partner (
    partnership_id  VARCHAR(255) NOT NULL,
    partner_id      VARCHAR(255) NOT NULL,
    name            VARCHAR      NOT NULL,
    partner_type    VARCHAR(32)  NOT NULL,
    CONSTRAINT partnership_view_partner_pk PRIMARY KEY (partnership_id, partner_id),
    CONSTRAINT partnership_view_partner_view_fk FOREIGN KEY (partnership_id)
        REFERENCES partnership_view (partnership_id) ON DELETE CASCADE
);
CREATE INDEX partnership_view_partner_type_ix ON partnership_view_partner (partner_type, partnership_id);

-- One row per action of an open corrective plan not yet done, of a partnership not ended: the review calendar lists
-- those past their due date.
CREATE TABLE partnership_view_open_action (
    partnership_id          VARCHAR(255) NOT NULL,
    action_id               VARCHAR(255) NOT NULL,
    description             VARCHAR      NOT NULL,
    responsible_partner_id  VARCHAR(255),
    responsible             VARCHAR      NOT NULL,
    due_date                DATE         NOT NULL,
    CONSTRAINT partnership_view_open_action_pk PRIMARY KEY (partnership_id, action_id),
    CONSTRAINT partnership_view_open_action_view_fk FOREIGN KEY (partnership_id)
        REFERENCES partnership_view (partnership_id) ON DELETE CASCADE
);
CREATE INDEX partnership_view_open_action_due_ix ON partnership_view_open_action (due_date);
