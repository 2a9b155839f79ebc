-- The headwords a reader runs through in each article (names left out), with their counts:
-- the library's known shares come from them. Worked out once per text and per version of
-- the analysis (`version`), not again on every start (a book took seconds).
CREATE TABLE article_words (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    TEXT NOT NULL,
    counts     TEXT NOT NULL  -- "headword<TAB>count" lines
);
