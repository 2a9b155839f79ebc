-- The learner's own definitions and the dictionaries listed in Settings > Dictionaries.
CREATE TABLE user_definitions (
    term       TEXT PRIMARY KEY,  -- lowercase headword or phrase (keamanan, kerja sama)
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE dictionaries (
    id       INTEGER PRIMARY KEY,
    path     TEXT NOT NULL UNIQUE,  -- .index / .ifo / .tsv / .csv; imported ones live in data_dir()/dictionaries
    format   TEXT NOT NULL CHECK (format IN ('dictd', 'stardict', 'tsv', 'csv')),
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL DEFAULT 'user' CHECK (kind IN ('system', 'user')),
    enabled  INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX dictionaries_order ON dictionaries(kind, position);
