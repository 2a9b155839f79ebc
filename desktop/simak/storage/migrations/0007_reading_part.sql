-- Long texts are read in parts (core/parts.py): the part the learner was reading, so a book
-- opens where they left it.
ALTER TABLE articles ADD COLUMN reading_part INTEGER NOT NULL DEFAULT 0;
