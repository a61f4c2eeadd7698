-- The vetting read models of issue 4 (ADR 009): one JSON document per vetting beside the columns the vetting queue
-- filters and sorts on, a row per partnership relying on each vetting, and what the partner registry keeps of each
-- partnership (a document, and a row per partner that ever took part in it).
--
-- Both processing groups (vetting-views, partner-registry) are new, so Axon replays them from the first event; no
-- token needs removing and no earlier table is touched.
--
-- Text people write (names, titles, registration references) is TEXT, without a length limit, as in the events it
-- comes from: a long name must never stop the processor.
CREATE TABLE vetting_view (
    vetting_id          VARCHAR(255)             NOT NULL,
    version             BIGINT                   NOT NULL,
    partner_id          VARCHAR(255)             NOT NULL,
    partner_name        TEXT,
    partner_type        VARCHAR(32),
    partner_country     TEXT,
    partnership_id      VARCHAR(255)             NOT NULL,
    tier                VARCHAR(32)              NOT NULL,
    required_authority  VARCHAR(64)              NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    awaiting_decision   BOOLEAN                  NOT NULL,
    decided_on          DATE,
    valid_until         DATE,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    summary             TEXT                     NOT NULL,
    document            TEXT                     NOT NULL,
    CONSTRAINT vetting_view_pk PRIMARY KEY (vetting_id)
);
CREATE INDEX vetting_view_queue_ix ON vetting_view (awaiting_decision, opened_at);
CREATE INDEX vetting_view_partner_ix ON vetting_view (partner_id);

-- One row per partnership relying on a vetting: the one it was opened for and each that reused its clearance (V7),
-- so that the queue's partnership filter also finds a reopened clearance a partnership reused.
CREATE TABLE vetting_view_reliance (
    vetting_id      VARCHAR(255) NOT NULL,
    partnership_id  VARCHAR(255) NOT NULL,
    CONSTRAINT vetting_view_reliance_pk PRIMARY KEY (vetting_id, partnership_id),
    CONSTRAINT vetting_view_reliance_view_fk FOREIGN KEY (vetting_id)
        REFERENCES vetting_view (vetting_id) ON DELETE CASCADE
);
CREATE INDEX vetting_view_reliance_partnership_ix ON vetting_view_reliance (partnership_id);

-- What the partner registry keeps of each partnership, written by that partnership's events only.
CREATE TABLE partner_registry_partnership (
    partnership_id  VARCHAR(255) NOT NULL,
    version         BIGINT       NOT NULL,
    document        TEXT         NOT NULL,
    CONSTRAINT partner_registry_partnership_pk PRIMARY KEY (partnership_id)
);

-- One row per partner that ever took part in a partnership (one that left included), with the partner's identity as
-- that partnership last recorded it and when.
CREATE TABLE partner_registry_engagement (
    partnership_id          VARCHAR(255)             NOT NULL,
    partner_id              VARCHAR(255)             NOT NULL,
    name                    TEXT,
    partner_type            VARCHAR(32),
    country                 TEXT,
    registration_reference  TEXT,
    identified_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    title                   TEXT,
    status                  VARCHAR(32)              NOT NULL,
    lead_office             VARCHAR(64),
    engagement              VARCHAR(32),
    joined_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at                 TIMESTAMP WITH TIME ZONE,
    CONSTRAINT partner_registry_engagement_pk PRIMARY KEY (partnership_id, partner_id),
    CONSTRAINT partner_registry_engagement_partnership_fk FOREIGN KEY (partnership_id)
        REFERENCES partner_registry_partnership (partnership_id) ON DELETE CASCADE
);
CREATE INDEX partner_registry_engagement_partner_ix ON partner_registry_engagement (partner_id);
