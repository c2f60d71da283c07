-- eventwire store, schema version 4: followed sources (`eventwire watch`). What each source
-- answered last, so that a restarted watch asks feeds conditionally and reads only what is new.
CREATE TABLE watch_sources (
    source          VARCHAR PRIMARY KEY,       -- as given to `eventwire watch`
    etag            VARCHAR,                   -- the feed's last ETag (sent as If-None-Match)
    last_modified   VARCHAR,                   -- its last Last-Modified (sent as If-Modified-Since)
    polls           INTEGER NOT NULL DEFAULT 0,
    last_poll       TIMESTAMP,
    last_new        TIMESTAMP,                 -- the last poll that stored an article
    failures_in_row INTEGER NOT NULL DEFAULT 0,
    last_error      VARCHAR
);

-- What a source already gave: a URL of a URL list, a file of a folder (name, size and mtime).
CREATE TABLE watch_seen (
    source   VARCHAR NOT NULL,
    key      VARCHAR NOT NULL,
    seen_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (source, key)
);
