-- Which shape of each projection's read model the tables hold (ADR 027): a projection declares the version of its
-- views' shape; a start that finds another version here rebuilds that read model set-based, and the rebuild's swap
-- records the version it built. A projection without a row is taken to be of the version its code declares.
CREATE TABLE read_model_version (
    processing_group  VARCHAR(255)             NOT NULL,
    schema_version    INTEGER                  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT read_model_version_pk PRIMARY KEY (processing_group)
);
