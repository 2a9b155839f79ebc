"""The study cards both exporters write: one per learning word, built from the review cards."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.review import ReviewCard


@dataclass(frozen=True)
class StudyCard:
    term: str
    meaning: str
    sentence: str  # plain text
    sentence_html: str  # the term in <b>, the rest escaped
    root: str
    article_title: str
    notes: str  # affixes and the lexicon's note, one line


def study_card(card: ReviewCard) -> StudyCard:
    back = card.back
    parts = [f"{a.affix}: {a.meaning}" for a in back.affixes]
    if back.note:
        parts.append(back.note)
    return StudyCard(
        term=card.term,
        meaning=back.meaning,
        sentence=card.sentence.strip(),
        sentence_html=card.front_html().strip(),
        root=back.root,
        article_title=card.article_title or "",
        notes="; ".join(parts),
    )


@contextmanager
def atomic_output(path: Path | str, mode: str = "wb") -> Iterator[Path]:
    """A temporary file beside `path`, moved over it only when writing succeeded."""
    target = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.",
            suffix=".part",
            dir=target.parent if str(target.parent) else ".",
        )
    except OSError as exc:
        raise BadInputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        temp.chmod(0o644)  # mkstemp makes it private; an export is an ordinary document
        os.replace(temp, target)
    except OSError as exc:
        raise BadInputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        if temp.exists():
            temp.unlink()
