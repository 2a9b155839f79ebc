-- Full-text search over articles (title + body), notes, and glossary terms with meanings.
-- Triggers keep the index in step with articles and notes in the same transaction as the
-- write, so a search never misses a saved note. Glossary terms come from analysis: the
-- engine stores them in search_terms (index_terms), whose triggers index them.
--
-- rowid of a search_index row says what it is: article id*4, note id*4+1, term id*4+2.
-- Every update or delete is then a lookup by rowid, never a scan of the index.
CREATE VIRTUAL TABLE search_index USING fts5(
    title,
    body,
    kind UNINDEXED,        -- 'article', 'note' or 'term'
    article_id UNINDEXED,
    note_id UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TABLE search_terms (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    term       TEXT NOT NULL,
    gloss      TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, term)
);

CREATE TRIGGER search_article_added AFTER INSERT ON articles BEGIN
    INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
    VALUES (new.id * 4, new.title, new.body, 'article', new.id, NULL);
END;

CREATE TRIGGER search_article_changed AFTER UPDATE OF title, body ON articles BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
    INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
    VALUES (new.id * 4, new.title, new.body, 'article', new.id, NULL);
END;

CREATE TRIGGER search_article_removed AFTER DELETE ON articles BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
END;

CREATE TRIGGER search_note_added AFTER INSERT ON notes BEGIN
    INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
    VALUES (new.id * 4 + 1, '', new.body, 'note', new.article_id, new.id);
END;

CREATE TRIGGER search_note_changed AFTER UPDATE OF body ON notes BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
    VALUES (new.id * 4 + 1, '', new.body, 'note', new.article_id, new.id);
END;

CREATE TRIGGER search_note_removed AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER search_term_added AFTER INSERT ON search_terms BEGIN
    INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
    VALUES (new.id * 4 + 2, new.term, new.gloss, 'term', new.article_id, NULL);
END;

CREATE TRIGGER search_term_changed AFTER UPDATE ON search_terms BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
    VALUES (new.id * 4 + 2, new.term, new.gloss, 'term', new.article_id, NULL);
END;

CREATE TRIGGER search_term_removed AFTER DELETE ON search_terms BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;

-- Index what an earlier version of Simak already stored.
INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
SELECT id * 4, title, body, 'article', id, NULL FROM articles;

INSERT INTO search_index(rowid, title, body, kind, article_id, note_id)
SELECT id * 4 + 1, '', body, 'note', article_id, id FROM notes;
