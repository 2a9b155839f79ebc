-- Articles in the library and the learner's notes on them.
CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    source      TEXT,
    added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    opened_at   TEXT,
    word_count  INTEGER NOT NULL DEFAULT 0,
    content_sha TEXT NOT NULL
);
CREATE INDEX articles_sha ON articles(content_sha);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'passage')),
    body        TEXT NOT NULL,
    quote       TEXT,
    start_offset INTEGER,
    end_offset  INTEGER,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f','now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f','now'))
);
CREATE INDEX notes_article ON notes(article_id, id);
