"""Anki package (.apkg) export with genanki.

Model, deck and note ids are derived from fixed names and the term, so exporting again and
importing into Anki updates the existing notes instead of adding duplicates.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

import genanki

from simak.core.exporters.study_cards import StudyCard, atomic_output


def _stable_id(name: str) -> int:
    """A positive 31-bit id from a name: Anki wants ids that never change between exports."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big") >> 1 | 1 << 30


MODEL_ID = _stable_id("simak/model/word-in-context/v1")
DECK_ID = _stable_id("simak/deck/indonesian-news")
DECK_NAME = "Simak: Indonesian news vocabulary"
FIELDS = ("Term", "Meaning", "Sentence", "Root", "Article", "Notes")

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: center; }
.sentence { font-size: 22px; line-height: 1.5; }
.sentence b { color: #b3261e; }
.meta { color: #666; font-size: 15px; margin-top: 12px; }"""

MODEL = genanki.Model(
    MODEL_ID,
    "Simak word in context",
    fields=[{"name": name} for name in FIELDS],
    templates=[
        {
            "name": "Read the word in its sentence",
            "qfmt": '<div class="sentence">{{Sentence}}</div>',
            "afmt": (
                '{{FrontSide}}<hr id="answer"><div><b>{{Term}}</b>: {{Meaning}}</div>'
                '<div class="meta">root: {{Root}}{{#Notes}}<br>{{Notes}}{{/Notes}}'
                "{{#Article}}<br>from: {{Article}}{{/Article}}</div>"
            ),
        }
    ],
    css=_CSS,
)


def note_guid(term: str) -> str:
    return genanki.guid_for("simak", term)


def write_apkg(cards: list[StudyCard], path: Path | str) -> int:
    """Write the cards as an Anki package; returns how many notes it holds."""
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for card in cards:
        sentence = card.sentence_html or f"<b>{html.escape(card.term)}</b>"
        fields = [
            html.escape(card.term),
            html.escape(card.meaning),
            sentence,
            html.escape(card.root),
            html.escape(card.article_title),
            html.escape(card.notes),
        ]
        deck.add_note(genanki.Note(model=MODEL, fields=fields, guid=note_guid(card.term)))
    with atomic_output(path) as temp:
        genanki.Package(deck).write_to_file(str(temp))
    return len(cards)
