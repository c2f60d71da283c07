-- eventwire store, schema version 1.
-- Every table is documented in docs/store.md. Identifiers are text: an article id is the
-- content hash of its text (eventwire.article.article_id), an event id is Event.id.

-- One row per `eventwire ingest` (or API batch): what it read and what it wrote.
CREATE TABLE runs (
    id              VARCHAR PRIMARY KEY,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    status          VARCHAR NOT NULL,          -- running | done | interrupted | failed
    sources         VARCHAR,                   -- JSON list of the sources given
    articles        INTEGER DEFAULT 0,         -- articles coded and written by this run
    skipped         INTEGER DEFAULT 0,         -- articles already in the store (same content hash)
    events          INTEGER DEFAULT 0,
    failures        INTEGER DEFAULT 0,
    coder_version   VARCHAR,
    lexicon_version VARCHAR
);

-- One row per coded article; `text` is the exact string every offset points into.
CREATE TABLE articles (
    id              VARCHAR NOT NULL,          -- content hash of text
    external_id     VARCHAR,                   -- the id a JSONL source gave, if any
    title           VARCHAR,
    published       DATE,
    url             VARCHAR,
    outlet          VARCHAR,
    source          VARCHAR,                   -- file, file:line or URL it was read from
    language        VARCHAR,
    text            VARCHAR NOT NULL,
    n_events        INTEGER NOT NULL,          -- events stored, negated ones included
    coded_at        TIMESTAMP NOT NULL,
    run_id          VARCHAR,
    coder_version   VARCHAR,
    lexicon_version VARCHAR
);

-- One row per event: the full record (Event.to_dict() as JSON) plus flat columns to filter on.
-- actor_* / recipient_* describe the first actor / recipient of the record.
CREATE TABLE events (
    id                VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    event_type        VARCHAR NOT NULL,
    mode              VARCHAR,
    quad_class        TINYINT,
    cameo_code        VARCHAR,
    goldstein         DOUBLE,
    plover_score      DOUBLE,
    date              VARCHAR,                 -- as in the record: YYYY-MM-DD, YYYY-MM or YYYY
    day               DATE,                    -- first day of `date`, for ranges and series
    date_precision    VARCHAR,
    negated           BOOLEAN NOT NULL,
    hypothetical      BOOLEAN NOT NULL,
    future            BOOLEAN NOT NULL,
    historical        BOOLEAN NOT NULL,
    actor_name        VARCHAR,
    actor_kb_id       VARCHAR,
    actor_country     VARCHAR,
    actor_sector      VARCHAR,
    recipient_name    VARCHAR,
    recipient_kb_id   VARCHAR,
    recipient_country VARCHAR,
    recipient_sector  VARCHAR,
    place_name        VARCHAR,
    place_country     VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    sentence          VARCHAR,
    trigger           VARCHAR,
    confidence        DOUBLE,
    rule              VARCHAR,
    record            VARCHAR NOT NULL         -- Event.to_dict() as JSON, returned as stored
);

-- Every actor and recipient of every event (and the reporting speaker), in record order.
CREATE TABLE event_actors (
    event_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,               -- actor | recipient | reported_by
    position   INTEGER NOT NULL,
    text       VARCHAR,
    name       VARCHAR,
    kb_id      VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    start_char INTEGER,
    end_char   INTEGER
);

-- Knowledge-base actors seen in stored events (name, country and sector as first seen).
CREATE TABLE actors (
    kb_id   VARCHAR PRIMARY KEY,
    name    VARCHAR,
    country VARCHAR,
    sector  VARCHAR
);

-- Places resolved in each article's text.
CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    name       VARCHAR,
    country    VARCHAR,
    admin1     VARCHAR,
    lat        DOUBLE,
    lon        DOUBLE,
    precision  VARCHAR,
    geonameid  BIGINT,
    text       VARCHAR,
    start_char INTEGER,
    end_char   INTEGER
);

-- Quotations in each article with their speaker.
CREATE TABLE quotes (
    article_id      VARCHAR NOT NULL,
    text            VARCHAR,
    start_char      INTEGER,
    end_char        INTEGER,
    speaker_text    VARCHAR,
    speaker_name    VARCHAR,
    speaker_kb_id   VARCHAR,
    speaker_country VARCHAR
);

-- Inputs that could not be coded. One row per source: a later failure replaces it, a later
-- success removes it.
CREATE TABLE failures (
    source      VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    run_id      VARCHAR,
    attempts    INTEGER NOT NULL DEFAULT 1,
    first_seen  TIMESTAMP NOT NULL,
    last_seen   TIMESTAMP NOT NULL
);

CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_id ON events (id);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX articles_id ON articles (id);
