"""English look-alikes for Indonesian loanwords (demokrasi -> democracy).

simak.core.text.loanword_hint does this properly once it exists; this small set of regular
spelling correspondences is the stand-in, so a lookup never comes back empty-handed when the
word is plainly international.
"""

from __future__ import annotations

from dataclasses import dataclass

LOANWORD_SOURCE = "loanword"

_ENDINGS = (
    ("isasi", "ization"),
    ("sasi", "zation"),
    ("asi", "ation"),
    ("si", "tion"),
    ("itas", "ity"),
    ("isme", "ism"),
    ("istik", "istic"),
    ("is", "ist"),
    ("ik", "ic"),
    ("if", "ive"),
    ("al", "al"),
    ("er", "er"),
    ("or", "or"),
    ("logi", "logy"),
    ("grafi", "graphy"),
    ("tas", "ty"),
    ("en", "ent"),
    ("ur", "ure"),
)


@dataclass(frozen=True)
class LoanwordHint:
    english: str
    confidence: float


def _fallback_hint(word: str) -> LoanwordHint | None:
    word = word.lower()
    if len(word) < 5 or not word.isalpha():
        return None
    for ending, english in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)].replace("k", "c")
            return LoanwordHint(stem + english, 0.4 if len(ending) >= 3 else 0.25)
    return None


def loanword_hint(word: str) -> LoanwordHint | None:
    try:
        from simak.core.text import loanword_hint as text_hint  # type: ignore[attr-defined]
    except ImportError:
        try:
            from simak.core.text.loanwords import loanword_hint as text_hint  # type: ignore
        except ImportError:
            return _fallback_hint(word)
    try:
        hint = text_hint(word)
    except Exception:  # a guess that fails must not stop the lookup
        return _fallback_hint(word)
    if hint is None or not getattr(hint, "english", None):
        return None
    return LoanwordHint(hint.english, float(getattr(hint, "confidence", 0.5)))
