"""`simak analyze FILE [--json]`: analyse a text file without storing it."""

from __future__ import annotations

import argparse
import json
import sys

from simak.core.engine import Engine
from simak.core.importers import read_source
from simak.core.model import Analysis


def run(args: argparse.Namespace) -> int:
    imported = read_source(args.file)
    gloss = _LazyGloss()
    # The dictionaries load while a forked process tags a long text's sentences (their
    # 0.1-0.35 s were spent before the analysis began); a short text loads them when glossed.
    engine = Engine(gloss_for=gloss, processes=2, meanwhile=gloss.load)
    analysis = engine.analyse(imported.text, imported.title)
    payload = to_json(analysis, known_share=_known_share(analysis))
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_readable(payload))
    return 0


class _LazyGloss:
    """The lexicon's short meanings, the lexicon loaded on first need."""

    def __init__(self) -> None:
        self._gloss = None

    def load(self) -> None:
        if self._gloss is None:
            from simak import paths
            from simak.core.engine import gloss_provider
            from simak.core.lexicon.configured import load_for_library

            self._gloss = gloss_provider(load_for_library(paths.db_path()))

    def __call__(self, term: str) -> str:
        self.load()
        return self._gloss(term)


def _known_share(analysis: Analysis) -> float:
    from simak import paths
    from simak.core.study import StudyService
    from simak.storage.db import connect

    conn = connect(paths.db_path())
    try:
        return StudyService(conn).known_share_of(analysis)
    finally:
        conn.close()


def to_json(analysis: Analysis, known_share: float) -> dict:
    return {
        "title": analysis.title,
        "language": analysis.language,
        "words": analysis.word_count,
        "sentences": len(analysis.sentences),
        "entities": [
            {
                "text": e.name,
                "type": e.type,
                "count": e.count,
                "variants": e.variants,
                "spans": [[s.start, s.end] for s in e.spans],
                "english": e.english,
                "description": e.description,
            }
            for e in analysis.entities
        ],
        "glossary": [
            {
                "term": g.term,
                "root": g.root,
                "gloss": g.gloss,
                "count": g.count,
                "score": round(g.score, 3),
                "example": g.example,
            }
            for g in analysis.glossary
        ],
        "known_share": round(known_share, 4),
    }


def _readable(payload: dict) -> str:
    lines = [payload["title"], f"{payload['words']} words, {payload['sentences']} sentences", ""]
    lines.append("Entities:")
    for e in payload["entities"]:
        lines.append(f"  {e['type']}  {e['text']} ({e['count']})")
    lines += ["", "Glossary:"]
    for g in payload["glossary"]:
        lines.append(f"  {g['term']:<20} {g['gloss']}")
    lines += ["", f"Known: {payload['known_share']:.0%}", ""]
    return "\n".join(lines)
