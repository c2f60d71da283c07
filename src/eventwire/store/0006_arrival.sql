-- eventwire store, schema version 6: incidents linked in the order reports arrive (docs/incidents.md).
-- events.arrival numbers the events in the order they were stored (existing events: in storage
-- order). The linker takes the unlinked reports in that order; each is compared with the
-- incidents its keys and date reach and joins one or begins one, and stored links never change.
-- What the next report is compared with is kept per incident (incident_groups) with the keys it is
-- found under (incident_anchor_keys). incident_keys (schema 5) is no longer written.
-- Incidents of an older version were linked in date order: they are dropped here, and the next
-- ingest run (or `eventwire incidents --recluster`) links every stored report again.
CREATE SEQUENCE event_arrival START 1;
ALTER TABLE events ADD COLUMN arrival BIGINT DEFAULT nextval('event_arrival');
DELETE FROM incident_reports;
DELETE FROM incidents;
DELETE FROM incident_keys;

-- One row per incident: the linker's state of it (what a new report is scored against).
CREATE TABLE incident_groups (
    seq         BIGINT NOT NULL,           -- events.arrival of the report that began it
    incident_id VARCHAR NOT NULL,          -- incidents.id now (it follows the earliest published report)
    event_type  VARCHAR NOT NULL,
    reports     INTEGER NOT NULL,
    state       VARCHAR NOT NULL           -- JSON: its first report's date and negation, the actors,
                                           -- recipients, modes and places its reports named
);

-- The keys each incident is found under (its first report's category with an actor, recipient,
-- country, sector family or place, and its period), with that report's first day.
CREATE TABLE incident_anchor_keys (
    seq BIGINT NOT NULL,                   -- incident_groups.seq
    key VARCHAR NOT NULL,
    lo  INTEGER NOT NULL                   -- the first day of its first report's date, as a day ordinal
);
