-- eventwire store, schema version 2: incidents (reports of one happening linked together) and
-- numeric claims. Written by eventwire.incidents and eventwire.claims; docs/incidents.md.

-- One row per incident: the happening many reports describe. Rebuilt by re-clustering
-- (`eventwire incidents --recluster`, and after every ingest).
CREATE TABLE incidents (
    id                  VARCHAR PRIMARY KEY,
    event_type          VARCHAR NOT NULL,
    mode                VARCHAR,
    quad_class          TINYINT,
    date                VARCHAR,               -- the date of its most precise report
    day                 DATE,
    date_precision      VARCHAR,
    actor_name          VARCHAR,
    actor_kb_id         VARCHAR,
    actor_country       VARCHAR,
    recipient_name      VARCHAR,
    recipient_kb_id     VARCHAR,
    recipient_country   VARCHAR,
    place_name          VARCHAR,
    place_country       VARCHAR,
    lat                 DOUBLE,
    lon                 DOUBLE,
    reports             INTEGER NOT NULL,      -- events linked to it
    articles            INTEGER NOT NULL,
    independent_outlets INTEGER NOT NULL,      -- outlets, syndicated copies counted once
    first_report        VARCHAR NOT NULL,      -- event id of the earliest published report
    dead                INTEGER,
    injured             INTEGER,
    arrested            INTEGER,
    record              VARCHAR NOT NULL       -- Incident.to_dict() as JSON
);

-- Which event reports which incident (every stored, non-negated event is in exactly one).
CREATE TABLE incident_reports (
    incident_id VARCHAR NOT NULL,
    event_id    VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL,              -- 0 = the first report
    is_first    BOOLEAN NOT NULL
);

-- Numeric claims (troops, dead, injured, arrested, displaced, protesters, abducted) per article.
CREATE TABLE claims (
    id                VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    unit              VARCHAR NOT NULL,
    quantity          BIGINT NOT NULL,
    low               BIGINT,
    high              BIGINT,
    approx            VARCHAR,
    claimant_text     VARCHAR,
    claimant_kb_id    VARCHAR,
    claimant_country  VARCHAR,
    holder_kb_id      VARCHAR,
    holder_country    VARCHAR,
    date              VARCHAR,
    day               DATE,
    date_precision    VARCHAR,
    place_name        VARCHAR,
    place_country     VARCHAR,
    outlet            VARCHAR,
    sentence          VARCHAR,
    record            VARCHAR NOT NULL         -- Claim.to_dict() as JSON
);

CREATE INDEX incident_reports_event ON incident_reports (event_id);
CREATE INDEX incident_reports_incident ON incident_reports (incident_id);
CREATE INDEX claims_article ON claims (article_id);
