"""The tokenizer's plain-word fast path gives exactly the tokens of the full expression."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from simak import paths
from simak.core.model import Token, TokenKind
from simak.core.text import tokenizer
from simak.core.text.tokenizer import IndonesianTokenizer


def _reference(text: str) -> list[Token]:
    """The tokenizer before the fast path: the full expression over the whole text."""
    tok = IndonesianTokenizer()
    result = []
    for match in tokenizer._TOKEN_RE.finditer(text):
        group, (start, end) = match.lastgroup, match.span()
        if group == "word":
            kind = tok._word_kind(text, match.group(), end)
            if kind is TokenKind.ABBREV and end < len(text) and text[end] == ".":
                end += 1
        elif group == "other":
            kind = tokenizer._kind_of_symbol(match.group())
        else:
            kind = tokenizer._FIXED_KINDS[group]
        result.append(Token(text[start:end], start, end, kind))
    return tokenizer._drop_swallowed(result)


PIECES = [
    "Rp",
    "Rp.",
    "rp",
    "100",
    "1.000",
    "US$",
    "5",
    "ke-3",
    "Jong-Un",
    "negara-negara",
    "dr.",
    "Dr.",
    "a.n.",
    "www.kompas.com",
    "kompas.com",
    "a@b.co.id",
    "https://x.id/a?b=1",
    "...",
    "—",
    "(",
    ")",
    '"',
    "Rusia,",
    "Rusia.",
    "Patrushev",
    "yang",
    "PBB",
    "1990-an",
    "12/3/2024",
    "S.",
    "B.",
    "Yudhoyono",
    "posisinya",
    "’",
    "don’t",
    "é",
    "3D",
    "x",
    "\n",
    "\n\n",
    " ",
    "  ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(["", " ", "\n"]))
def test_fast_path_equals_the_full_expression(pieces, glue):
    text = (
        glue.join(pieces)
        if glue
        else "".join(p + (" " if i % 3 else "") for i, p in enumerate(pieces))
    )
    assert IndonesianTokenizer().tokens(text) == _reference(text)


def test_the_sample_tokenizes_as_before():
    text = (paths.resources_dir() / "sample-article.txt").read_text("utf-8")
    assert IndonesianTokenizer().tokens(text) == _reference(text)
