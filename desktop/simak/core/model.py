"""Plain data shared by the engine, storage, CLI and GUI.

All offsets are Python code-point offsets into the article text, half-open [start, end).
The GUI converts to Qt's UTF-16 offsets in one place (gui/reader/offsets.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class TokenKind(StrEnum):
    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"
    ABBREV = "abbrev"
    URL = "url"
    EMAIL = "email"
    SYMBOL = "symbol"


# Token and Span are immutable by convention, not frozen: a frozen dataclass builds each
# instance through object.__setattr__, three times slower, and a book has 100,000 tokens.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int
    end: int
    kind: TokenKind = TokenKind.WORD

    @property
    def is_word(self) -> bool:
        return self.kind is TokenKind.WORD


@dataclass(frozen=True, slots=True)
class Affix:
    affix: str  # e.g. "ke-...-an", "meN-", "-kan"
    meaning: str  # one line a learner understands


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """How one word is built. `headword` keeps derivational affixes (keamanan)."""

    surface: str
    headword: str  # lowercase, clitics and reduplication removed
    root: str  # lowercase root (equal to headword when there are no affixes)
    affixes: tuple[Affix, ...] = ()
    reduplication: str | None = None  # "full", "partial", "rhyming" or None
    clitics: tuple[str, ...] = ()  # e.g. ("-nya",) or ("ku-",)


@dataclass(slots=True, unsafe_hash=True)
class Span:
    start: int
    end: int


@dataclass
class Entity:
    name: str  # canonical form shown to the learner
    type: str  # "PER" | "LOC" | "ORG"
    spans: list[Span] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # other surface forms merged in
    english: str | None = None  # English name of a place when known
    description: str | None = None  # role, e.g. "Kepala Keamanan Rusia"

    @property
    def count(self) -> int:
        return len(self.spans)


@dataclass
class GlossaryEntry:
    term: str  # headword as a learner looks it up (keamanan, kerja sama)
    root: str
    gloss: str  # short meaning, may be empty when nothing explains it
    count: int
    score: float
    example: str  # a sentence of the article containing the term
    spans: list[Span] = field(default_factory=list)
    first_offset: int = 0


@dataclass
class Sense:
    gloss: str
    source: str  # "simak", "user", "freedict-eng-ind", "simak-root", "loanword", ...
    pos: str | None = None
    register: str | None = None
    example: str | None = None


@dataclass
class Definition:
    query: str
    found: bool
    term: str
    root: str
    affixes: list[Affix] = field(default_factory=list)
    pos: str | None = None
    senses: list[Sense] = field(default_factory=list)
    note: str | None = None  # explanation built from the root, loanword hint, expansion...
    synonyms: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    text: str
    title: str
    tokens: list[Token]
    sentences: list[Span]
    entities: list[Entity] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    language: str = "id"

    @property
    def word_count(self) -> int:
        return sum(1 for t in self.tokens if t.is_word)
