"""Split Indonesian news text into tokens a learner can click.

One regular expression, tried left to right, decides each token; the order of its
alternatives is the order of precedence (a URL beats a word, a date beats a number).
Reduplications (negara-negara) and hyphenated names (Jong-Un) stay one word, clitics stay
attached (posisinya) so the reader shows the word as printed; morphology splits them later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from nltk.tokenize.api import TokenizerI

from simak.core.model import Token, TokenKind
from simak.core.text.abbreviations import abbreviations

# A letter (not a digit or underscore), optionally carrying combining accents.
_LETTER = r"[^\W\d_]"
_ALNUM = r"(?:[^\W_]|[\u0300-\u036f])"
_URL_TAIL = r"""[^\s<>"'“”‘’]*[^\s<>"'“”‘’.,;:!?)\]}]"""
_TLDS = r"(?:co\.id|go\.id|ac\.id|or\.id|com|net|org|id|co|info|io|tv|news)"

_TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|ftp://|www\.){_URL_TAIL})
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{{2,}})
  | (?P<domain>[\w-]+(?:\.[\w-]+)*\.{_TLDS}(?![\w-]|\.\w)(?:/{_URL_TAIL})?)
  | (?P<date>\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{2,4}}(?!\d))
  | (?P<alnum>\d+{_LETTER}{_ALNUM}*(?:-{_ALNUM}+)*)
  | (?P<number>\d+(?:[.,:/]\d+)*(?:-an)?%?)
  | (?P<dotted>(?:{_LETTER}{{1,3}}\.){{2,}}(?!\w))
  | (?P<currency>(?:Rp|RP|rp)\.?(?=\s?\d)|US\$)
  | (?P<word>{_LETTER}(?:{_ALNUM}|['’`](?={_LETTER})|-(?={_ALNUM}))*)
  | (?P<ellipsis>\.{{2,}}|…)
  | (?P<dash>-{{2,}}|[–—])
  | (?P<other>\S)
    """,
    re.VERBOSE,
)

_ORDINAL_RE = re.compile(r"ke-\d+", re.IGNORECASE)
_CHUNK_RE = re.compile(r"\S+")
_FIXED_KINDS = {
    "url": TokenKind.URL,
    "domain": TokenKind.URL,
    "email": TokenKind.EMAIL,
    "date": TokenKind.NUMBER,
    "number": TokenKind.NUMBER,
    "alnum": TokenKind.WORD,
    "dotted": TokenKind.ABBREV,
    "currency": TokenKind.ABBREV,
    "ellipsis": TokenKind.PUNCT,
    "dash": TokenKind.PUNCT,
}
# Currency words that are abbreviations even without a period.
_BARE_ABBREVIATIONS = frozenset({"rp", "us$"})


def _kind_of_symbol(char: str) -> TokenKind:
    return TokenKind.PUNCT if unicodedata.category(char).startswith("P") else TokenKind.SYMBOL


class IndonesianTokenizer(TokenizerI):
    """An nltk tokenizer for Indonesian news; `tokens()` also says what each token is."""

    def __init__(self, abbreviation_set: frozenset[str] | None = None) -> None:
        self._abbreviations = abbreviations() if abbreviation_set is None else abbreviation_set

    def tokenize(self, s: str) -> list[str]:
        return [token.text for token in self.tokens(s)]

    def span_tokenize(self, s: str) -> Iterator[tuple[int, int]]:
        for token in self.tokens(s):
            yield token.start, token.end

    def tokens(self, text: str) -> list[Token]:
        result: list[Token] = []
        append = result.append
        word_kind, abbrev_kind = TokenKind.WORD, TokenKind.ABBREV
        # One string per spelling: a book repeats its words thousands of times, and each
        # token's own copy of "yang" costs memory for as long as the article is open.
        spellings: dict[str, str] = {}
        shared = spellings.setdefault
        swallowed = False
        for chunk in _CHUNK_RE.finditer(text):
            piece = chunk.group()
            if piece.isalpha():
                # Most of a text is plain words between spaces: no alternative but `word` can
                # match them, and no period follows, so the full expression is not needed.
                start, end = chunk.span()
                kind = abbrev_kind if piece.lower() in _BARE_ABBREVIATIONS else word_kind
                append(Token(shared(piece, piece), start, end, kind))
            else:
                swallowed |= self._tokens_of_chunk(text, *chunk.span(), append, shared)
        return _drop_swallowed(result) if swallowed else result

    def _tokens_of_chunk(self, text: str, first: int, last: int, append, shared) -> bool:  # type: ignore[no-untyped-def]
        """Tokens of the characters text[first:last] (no whitespace inside); True when an
        abbreviation took in a period that must not stay a token of its own."""
        length = len(text)
        swallowed = False
        # Two characters past the chunk: the space after it and what follows, for lookaheads
        # such as the currency's "Rp. 100". Nothing can match across the space itself.
        for match in _TOKEN_RE.finditer(text, first, min(length, last + 2)):
            group = match.lastgroup
            start, end = match.span()
            if start >= last:
                break
            if group == "word":
                word = match.group()
                # Only a word before a period, a two-letter word (Rp) or a hyphenated one
                # (ke-3) can be anything but a word: most words skip the checks.
                if (end < length and text[end] == ".") or len(word) == 2 or "-" in word:
                    kind = self._word_kind(text, word, end)
                    if kind is TokenKind.ABBREV and end < length and text[end] == ".":
                        end += 1
                        swallowed = True
                else:
                    kind = TokenKind.WORD
            elif group == "other":
                kind = _kind_of_symbol(match.group())
            else:
                kind = _FIXED_KINDS[group]  # type: ignore[index]
            piece = text[start:end]
            append(Token(shared(piece, piece), start, end, kind))
        return swallowed

    def _word_kind(self, text: str, word: str, end: int) -> TokenKind:
        followed_by_period = end < len(text) and text[end] == "."
        lowered = word.lower()
        if followed_by_period and not _ellipsis_at(text, end):
            if lowered in self._abbreviations:
                return TokenKind.ABBREV
            if len(word) == 1 and word.isupper():  # an initial: "Susilo B. Yudhoyono"
                return TokenKind.ABBREV
        if lowered in _BARE_ABBREVIATIONS:
            return TokenKind.ABBREV
        if _ORDINAL_RE.fullmatch(word):  # ke-3 reads as a number
            return TokenKind.NUMBER
        return TokenKind.WORD


def _ellipsis_at(text: str, position: int) -> bool:
    return text.startswith("..", position)


def _drop_swallowed(tokens: list[Token]) -> list[Token]:
    """Remove the period token an abbreviation already took into itself."""
    cleaned: list[Token] = []
    last_end = -1
    for token in tokens:
        if token.start < last_end:
            continue
        cleaned.append(token)
        last_end = token.end
    return cleaned


@cache
def default_tokenizer() -> IndonesianTokenizer:
    return IndonesianTokenizer()


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with code-point offsets; whitespace is never a token."""
    return default_tokenizer().tokens(text)
