"""Colour words by the learner's status: new words softly underlined, learning words tinted
by level, known and ignored words plain. Names and numbers are never coloured.

Works on a QTextDocument directly, so the first colouring can run on the worker thread that
lays the article out, and later changes recolour only the words whose status changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument

from simak.core.model import Span, Token
from simak.core.study import KNOWN_STATUS_VALUES, running_word_indexes
from simak.gui.reader.offsets import OffsetMap
from simak.gui.theme import LIGHT, Theme


def status_format(status: int, enabled: bool = True, theme: Theme = LIGHT) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush())  # clear an earlier tint
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    if not enabled:
        return fmt
    if status == 0:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(theme.colour("new_underline"))
    elif 1 <= status <= 4:
        fmt.setBackground(QColor(theme.learning[status - 1]))
    return fmt


def status_formats(enabled: bool = True, theme: Theme = LIGHT) -> dict[int, QTextCharFormat]:
    """The character format of every status value (new, learning 1-4, ignored, known)."""
    return {value: status_format(value, enabled, theme) for value in (0, 1, 2, 3, 4, 98, 99)}


def colourable(tokens: list[Token], entity_spans: Iterable[Span]) -> list[int]:
    """Indexes of the tokens that carry a status: the running words, names left out."""
    return running_word_indexes(tokens, entity_spans)


def status_marks(
    tokens: list[Token],
    indexes: Iterable[int],
    headwords: list[str | None],
    statuses: dict[str, int],
    enabled: bool = True,
    theme: Theme = LIGHT,
) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, end, format) of each coloured word, for `lay_out` to apply as it inserts text.

    Known and ignored words (and every word, with colours off) look like plain text, so they
    get no mark: each mark is a format run Qt lays out apart, and a book's layout time grows
    with their number (a 100k-word book: 0.28 s with none, 0.6-0.8 s with every word marked).
    """
    if not enabled:
        return []
    formats = status_formats(enabled, theme)
    marks = []
    for i in sorted(indexes):
        status = statuses.get(headwords[i] or "", 0)
        if status not in KNOWN_STATUS_VALUES:
            token = tokens[i]
            marks.append((token.start, token.end, formats[status]))
    return marks


def colour_words(
    document: QTextDocument,
    offsets: OffsetMap,
    tokens: list[Token],
    indexes: Iterable[int],
    headwords: list[str | None],
    statuses: dict[str, int],
    enabled: bool = True,
    theme: Theme = LIGHT,
) -> None:
    formats = status_formats(enabled, theme)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for i in indexes:
        token = tokens[i]
        cursor.setPosition(offsets.to_doc(token.start))
        cursor.setPosition(offsets.to_doc(token.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(formats[statuses.get(headwords[i] or "", 0)])
    cursor.endEditBlock()
