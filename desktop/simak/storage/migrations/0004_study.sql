-- The learner's study state: word statuses, review cards (FSRS), review history, the sentences
-- each term was read in, and per-article glossary edits.

-- One row per headword the learner has marked; a word with no row is "new".
-- 1-4 learning (LingQ/LUTE levels), 98 ignored, 99 known.
CREATE TABLE term_status (
    term        TEXT PRIMARY KEY,
    status      INTEGER NOT NULL CHECK (status IN (1, 2, 3, 4, 98, 99)),
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX term_status_status ON term_status(status);

-- A review card per learning term. `fsrs_state` is fsrs.Card.to_json(); `due` repeats its due
-- time (UTC, fixed-width ISO) so due queries use an index. Cards of terms that leave
-- "learning" are suspended, not deleted, so their history survives a change of mind.
CREATE TABLE review_cards (
    id          INTEGER PRIMARY KEY,
    term        TEXT NOT NULL UNIQUE,
    due         TEXT NOT NULL,
    fsrs_state  TEXT NOT NULL,
    suspended   INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX review_cards_due ON review_cards(suspended, due);

CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY,
    card_id     INTEGER NOT NULL REFERENCES review_cards(id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at TEXT NOT NULL,
    duration_ms INTEGER,
    due_after   TEXT NOT NULL,
    fsrs_log    TEXT NOT NULL
);
CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);

-- Every occurrence of a headword (or glossary phrase) in the library, with its sentence.
-- start/end are the term's offsets in the article; sentence_start is the sentence's offset.
CREATE TABLE term_contexts (
    id             INTEGER PRIMARY KEY,
    term           TEXT NOT NULL,
    root           TEXT NOT NULL,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence       TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    UNIQUE (term, article_id, start)
);
CREATE INDEX term_contexts_term ON term_contexts(term);
CREATE INDEX term_contexts_root ON term_contexts(root);
CREATE INDEX term_contexts_article ON term_contexts(article_id);

-- The learner's edits to an article's glossary: pin to the top, remove, or add a term.
CREATE TABLE glossary_overrides (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    term        TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('pin', 'remove', 'add')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (article_id, term)
);
