"""Is this text Indonesian? Asked before importing, so the learner is warned about a mistake.

simplemma scores the share of a text's most common words found in each language's word
list. Malay shares most of its vocabulary with Indonesian, so Malay text usually scores as
Indonesian too; when Malay wins it counts as close (readable, with some unfamiliar words).
"""

from __future__ import annotations

from dataclasses import dataclass

CANDIDATES = ("id", "ms", "en")
# Enough of a long article to judge it; simplemma samples the most common words anyway.
_SAMPLE_CHARS = 20000
# Below this share of recognised words we do not claim to know the language.
_MIN_CONFIDENCE = 0.3
_NAMES = {"id": "Indonesian", "ms": "Malay", "en": "English", "unknown": "an unknown language"}


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # "id", "ms", "en" or "unknown"
    confidence: float  # share of the sampled words known in that language, 0..1

    @property
    def is_indonesian(self) -> bool:
        return self.language == "id"

    @property
    def is_close(self) -> bool:
        """Indonesian or Malay: Simak's dictionary and morphology will mostly work."""
        return self.language in ("id", "ms")

    @property
    def warning(self) -> str | None:
        """One sentence for the learner when the text is probably not Indonesian."""
        if self.is_indonesian:
            return None
        if self.language == "ms":
            return "This text looks like Malay; most words will work, some meanings may differ."
        return (
            f"This text looks like {_NAMES.get(self.language, self.language)}, not Indonesian; "
            "Simak's dictionary will find few of its words."
        )


def looks_indonesian(text: str) -> LanguageGuess:
    import simplemma

    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return LanguageGuess("unknown", 0.0)
    scores = dict(simplemma.langdetect(sample, lang=CANDIDATES))
    language, confidence = max(
        ((lang, scores.get(lang, 0.0)) for lang in CANDIDATES), key=lambda item: item[1]
    )
    unknown_share = scores.get("unk", 0.0)
    if confidence < _MIN_CONFIDENCE or unknown_share >= confidence:
        # most words are in none of the three languages: German, French, a word list...
        return LanguageGuess("unknown", round(max(unknown_share, 1.0 - confidence), 3))
    return LanguageGuess(language, round(confidence, 3))
