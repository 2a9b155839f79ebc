-- The learner's corrections to entities (applied to every later article), entity notes,
-- and which articles mention which entity (for "also in").
CREATE TABLE entity_corrections (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('type', 'rename', 'merge', 'hide')),
    name        TEXT NOT NULL,
    value       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE entity_notes (
    name        TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f','now'))
);

CREATE TABLE entity_mentions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (article_id, name)
);
CREATE INDEX entity_mentions_name ON entity_mentions(name);
