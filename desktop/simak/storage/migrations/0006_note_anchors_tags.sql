-- Passage notes remember the text around their quote, so they can find it again after the
-- article is edited (core/anchors.py). Notes get tags; terms get one note each.
ALTER TABLE notes ADD COLUMN prefix TEXT;
ALTER TABLE notes ADD COLUMN suffix TEXT;

-- Tags are stored as the learner means them, normalised: lowercase, no leading '#'.
CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (note_id, tag)
);
CREATE INDEX note_tags_tag ON note_tags(tag, note_id);

-- One note per headword or phrase (lowercase: keamanan, kerja sama), across all articles.
CREATE TABLE term_notes (
    term       TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f','now'))
);
