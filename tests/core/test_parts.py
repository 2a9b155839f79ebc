"""Long texts split into parts at paragraph ends; part analyses speak article offsets."""

from __future__ import annotations

import random

from simak.core.engine import Engine
from simak.core.parts import PART_WORDS, WHOLE_MAX_WORDS, part_of, rebase, split_parts


def _book(paragraphs: int, words_each: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    vocab = ["rumah", "besar", "kota", "jalan", "anak", "sekolah", "pergi", "makan", "pagi", "hari"]
    paras = []
    for _ in range(paragraphs):
        words = [rng.choice(vocab) for _ in range(words_each)]
        # sentences of ten words
        sentences = [
            " ".join(words[i : i + 10]).capitalize() + "." for i in range(0, len(words), 10)
        ]
        paras.append(" ".join(sentences))
    return "\n\n".join(paras) + "\n"


def test_an_article_is_one_part():
    text = _book(20, 200)  # 4,000 words
    parts = split_parts(text)
    assert len(parts) == 1
    assert (parts[0].start, parts[0].end) == (0, len(text))


def test_a_book_is_cut_at_paragraph_ends_without_gaps():
    text = _book(200, 150)  # 30,000 words
    parts = split_parts(text)
    assert len(parts) == 10
    assert parts[0].start == 0 and parts[-1].end == len(text)
    for before, after in zip(parts, parts[1:], strict=False):
        assert before.end == after.start
        assert text[after.start - 2 : after.start] == "\n\n"  # a paragraph begins each part
    assert all(PART_WORDS <= p.words < PART_WORDS + 150 for p in parts[:-1])
    assert sum(p.words for p in parts) == len(text.split())
    assert [p.index for p in parts] == list(range(len(parts)))


def test_a_paragraph_longer_than_a_part_is_cut_at_sentence_ends():
    text = _book(1, WHOLE_MAX_WORDS * 2)
    parts = split_parts(text)
    assert len(parts) == 4
    for part in parts[1:]:
        assert text[part.start - 2 : part.start] == ". "


def test_a_short_tail_joins_the_part_before():
    text = _book(64, 100)  # 6,400 words: two parts of 3,000 and a 400-word tail
    parts = split_parts(text)
    assert len(parts) == 2
    assert parts[-1].words == 3400


def test_part_of_finds_the_part_holding_an_offset():
    text = _book(200, 150)
    parts = split_parts(text)
    assert part_of(parts, 0) is parts[0]
    assert part_of(parts, parts[3].start) is parts[3]
    assert part_of(parts, parts[3].start - 1) is parts[2]
    assert part_of(parts, len(text) + 5) is parts[-1]


def test_a_rebased_part_analysis_points_at_the_same_words_in_the_article():
    text = (
        "Presiden Joko Widodo tiba di Jakarta. Keamanan kota dijaga ketat.\n\n" * 3
        + "Menteri Retno Marsudi bertemu Presiden Joko Widodo di Bandung.\n"
    )
    base = text.index("Menteri")
    part_text = text[base:]
    analysis = Engine().analyse(part_text, "Bagian")
    moved = rebase(analysis, text, base)
    assert moved.text is text
    for token in moved.tokens:
        assert text[token.start : token.end] == token.text
    for sentence in moved.sentences:
        assert text[sentence.start : sentence.end].startswith("Menteri")
    names = {text[s.start : s.end] for e in moved.entities for s in e.spans}
    assert "Retno Marsudi" in names and "Bandung" in names
    for entry in moved.glossary:
        for span in entry.spans:
            assert span.start >= base


def test_an_analysis_not_kept_is_not_cached():
    engine = Engine()
    text = "Presiden tiba di Jakarta. Keamanan kota dijaga ketat.\n"
    engine.analyse_light(text, keep=False)
    assert not engine._cache
    engine.analyse_light(text)
    assert len(engine._cache) == 1
