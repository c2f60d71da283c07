-- eventwire store, schema version 5: the blocking keys of each factual event (incident_features._keys:
-- its category with an actor, recipient, country, sector family or place). Incident linking compares a
-- report only with incidents begun by a report sharing a key with it, so a run reads the reports
-- connected to its new ones by shared keys, not the whole day. Written by the linker; an event without
-- rows here (a store of an older version) gets them when a run first reads its days.
CREATE TABLE incident_keys (
    event_id    VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    event_type  VARCHAR NOT NULL,
    day         DATE,                      -- events.day
    key         VARCHAR NOT NULL
);
-- No index: the linker reads a category's keys of a few weeks at a time (DuckDB skips the other
-- blocks by their min/max), and an ART index would stay resident, about 33 bytes per key row.
